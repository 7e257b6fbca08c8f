package com.triallens.trial;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface ReferenceRepository extends ListCrudRepository<Reference, Long> {
    List<Reference> findByTrialIdOrderByRefNumber(long trialId);
}
