package com.triallens.safety;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface AdverseEventResultRepository extends ListCrudRepository<AdverseEventResult, Long> {

    @Query("""
            select r.* from adverse_event_result r
            join adverse_event_category c on c.id = r.category_id
            where c.trial_id = :trialId""")
    List<AdverseEventResult> findByTrialId(long trialId);
}
