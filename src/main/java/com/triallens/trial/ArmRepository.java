package com.triallens.trial;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface ArmRepository extends ListCrudRepository<Arm, Long> {
    List<Arm> findByTrialIdOrderByOrdinal(long trialId);

    @Query("select arm_id from intervention where id = :interventionId")
    Optional<Long> armOfIntervention(long interventionId);
}
