package com.triallens.trial;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface TrialRepository extends ListCrudRepository<Trial, Long> {
    Optional<Trial> findByRegistryId(String registryId);
}
