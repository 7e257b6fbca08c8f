package com.triallens.trial;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface AnalysisPopulationRepository extends ListCrudRepository<AnalysisPopulation, Long> {
    List<AnalysisPopulation> findByTrialId(long trialId);
}
