package com.triallens.trial;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface EndpointRepository extends ListCrudRepository<Endpoint, Long> {
    List<Endpoint> findByTrialIdOrderByOrdinal(long trialId);
}
