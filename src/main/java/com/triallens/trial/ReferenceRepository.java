package com.triallens.trial;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface ReferenceRepository extends ListCrudRepository<Reference, Long> {
    List<Reference> findByTrialIdOrderByRefNumber(long trialId);

    Optional<Reference> findByTrialIdAndRefNumber(long trialId, int refNumber);

    /** How many figures, statements and links cite the reference: while any do, it cannot be deleted. */
    @Query("""
            select (select count(*) from result_measurement where reference_id = :id)
                 + (select count(*) from result_analysis where reference_id = :id)
                 + (select count(*) from registry_results where reference_id = :id)
                 + (select count(*) from trial_citation where reference_id = :id)
                 + (select count(*) from endpoint_citation where reference_id = :id)
                 + (select count(*) from arm where reference_id = :id)
                 + (select count(*) from intervention where reference_id = :id)
                 + (select count(*) from mechanism_link where reference_id = :id)
            """)
    long citationCount(long id);
}
