package com.triallens.security;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface AppUserRepository extends ListCrudRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    List<AppUser> findAllByOrderByUsername();

    /**
     * The enabled admins, their rows held until the transaction ends: two admins demoting each other at once
     * wait for each other, and the second sees the first one's change.
     */
    @Query("select id from app_user where role = 'ADMIN' and enabled = true order by id for update")
    List<Long> lockEnabledAdmins();
}
