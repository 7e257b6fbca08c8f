package com.triallens.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page says when sign-ins are throttled; a user with an admin-set password sees only "Change your password". */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "admin", roles = {"ADMIN", "CURATOR", "VIEWER"})
@Transactional
class AccountPagesTest extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;

    @Test
    void probe_2_the_login_page_says_how_long_sign_ins_are_refused() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.THROTTLED, "15"));
        var view = (LoginView) getCurrentView();
        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getMessage())
                .isEqualTo("Too many failed sign-ins; try again in 15 minutes.");
    }

    @Test
    void a_sign_in_refused_while_the_server_was_busy_says_so_and_not_wrong_password() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.BUSY, ""));
        var view = (LoginView) getCurrentView();
        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("TrialLens is busy");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("your password was not checked");
    }

    @Test
    void probe_6_a_user_whose_password_an_admin_set_is_sent_to_change_it_from_every_page_until_done() {
        jdbc.sql("update app_user set must_change_password = true where username = 'admin'").update();
        var admin = accounts.loadUserByUsername("admin");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);

        var view = navigate("admin/users", ChangePasswordView.class);
        test(view.current).setValue("admin-demo");
        test(view.chosen).setValue("tangerine barometer fjord");
        test(view.repeated).setValue("tangerine barometer fjord");
        test(view.change).click();

        assertThat(view.chosen.isInvalid()).isFalse();
        assertThat(jdbc.sql("select must_change_password from app_user where username = 'admin'")
                .query(Boolean.class).single()).isFalse();
        assertThat(navigate("admin/users", UsersView.class)).isNotNull();
    }
}
