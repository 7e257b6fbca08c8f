package com.triallens.security;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface AppUserRepository extends ListCrudRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    List<AppUser> findAllByOrderByUsername();
}
