package com.triallens.trial;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface ArmRepository extends ListCrudRepository<Arm, Long> {
    List<Arm> findByTrialIdOrderByOrdinal(long trialId);
}
