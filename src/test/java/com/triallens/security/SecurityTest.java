package com.triallens.security;

import com.triallens.audit.AuditFilter;
import com.triallens.audit.AuditService;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.efficacy.EfficacyService;
import com.triallens.safety.SafetyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Roles are checked on the server: by the services for writes, by the filter chain for every page. */
@SpringBootTest
@Transactional
class SecurityTest {

    private static final FigureEdit TWENTY = new FigureEdit(ResultStatus.REPORTED, ReportedDecimal.parse("20"), "%", null);

    @Autowired WebApplicationContext context;
    @Autowired EfficacyService efficacy;
    @Autowired SafetyService safety;
    @Autowired AuditService audit;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_calling_a_write_method_is_refused_server_side_and_nothing_is_written() {
        assertThatThrownBy(() -> efficacy.updateResult(4, 0, TWENTY, "Viewer tries")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> efficacy.deleteComparison(2, 0, "Viewer tries")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> safety.updateResult(1, 0, TWENTY, "Viewer tries")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.find(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create("mallory", "Mallory", Role.ADMIN, "long-enough", "Viewer tries"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isZero();
    }

    @Test
    @WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
    void a_curator_cannot_manage_users() {
        assertThatThrownBy(() -> users.users()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setRole(1, Role.ADMIN, "Curator tries")).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "efficacy", "safety", "references", "curation", "audit", "admin/users"})
    void an_anonymous_request_to_any_page_is_sent_to_the_login_page(String route) throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var response = mvc.perform(get("/" + route)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_never_as_text() {
        var hash = jdbc.sql("select password_hash from app_user where username = 'curator'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(DemoUser.CURATOR.password());
        assertThat(encoder.matches(DemoUser.CURATOR.password(), hash)).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CURATOR", "VIEWER"})
    void an_admin_creates_disables_and_resets_a_user_and_each_step_is_audited() {
        var created = users.create("dana", "Dana Data", Role.CURATOR, "larch otter quay violet", "New analyst");
        users.setEnabled(created.id(), false, "Left the team");
        users.resetPassword(created.id(), "tangerine barometer fjord", "Forgot it");
        assertThat(users.users()).filteredOn(u -> u.username().equals("dana"))
                .singleElement().satisfies(u -> assertThat(u.enabled()).isFalse());
        assertThat(jdbc.sql("select field || '=' || new_value from audit_entry where entity = 'app_user' and entity_id = :id order by id")
                .param("id", created.id()).query(String.class).list())
                .containsExactlyInAnyOrder("role=CURATOR", "enabled=true", "enabled=false", "password=reset");
    }
}
