package com.triallens.security;

import com.triallens.base.domain.Roles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void roles_are_the_role_names_the_pages_check_in_the_same_order() {
        assertThat(Arrays.stream(Role.values()).map(Role::name).toList()).isEqualTo(Roles.NESTED);
    }

    @Test
    void a_curator_has_the_viewer_authority_and_not_the_admin_one() {
        assertThat(Role.CURATOR.authorities()).extracting(Object::toString).containsExactly("ROLE_VIEWER", "ROLE_CURATOR");
    }
}
