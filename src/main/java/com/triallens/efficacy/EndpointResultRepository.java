package com.triallens.efficacy;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface EndpointResultRepository extends ListCrudRepository<EndpointResult, Long> {

    @Query("select r.* from endpoint_result r join endpoint e on e.id = r.endpoint_id where e.trial_id = :trialId")
    List<EndpointResult> findByTrialId(long trialId);
}
