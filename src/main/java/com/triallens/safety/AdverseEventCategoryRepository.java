package com.triallens.safety;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface AdverseEventCategoryRepository extends ListCrudRepository<AdverseEventCategory, Long> {
    List<AdverseEventCategory> findByTrialIdOrderByOrdinal(long trialId);
}
