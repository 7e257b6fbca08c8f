package com.triallens.efficacy;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface ComparisonRepository extends ListCrudRepository<Comparison, Long> {

    @Query("select c.* from comparison c join endpoint e on e.id = c.endpoint_id where e.trial_id = :trialId")
    List<Comparison> findByTrialId(long trialId);
}
