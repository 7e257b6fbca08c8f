package com.triallens.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Probe 6: the passwords the Users page accepted are refused, each with the reason; good ones pass. */
class PasswordRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12345678          | A password needs at least 12 characters.",
            "aaaaaaaa          | A password needs at least 12 characters.",
            "weak3weak3        | A password needs at least 12 characters.",
            "weak3weak3weak3   | A password must not contain the user name.",
            "xWEAK3-2024-login | A password must not contain the user name.",
            "aaaaaaaaaaaa      | This password is too easy to guess",
            "password1234      | This password is too easy to guess",
            "123456789012      | This password is too easy to guess",
            "qwertyuiopasdf    | This password is too easy to guess",
            "Password2024!     | This password is too easy to guess"})
    void probe_6_weak_passwords_are_refused_with_the_reason(String password, String reason) {
        assertThat(PasswordRule.check(password, "weak3", "Dana Data")).hasValueSatisfying(
                message -> assertThat(message).startsWith(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"larch otter quay violet", "Tangerine-Barometer-Fjord", "correct horse battery staple"})
    void a_long_unrelated_passphrase_is_accepted(String password) {
        assertThat(PasswordRule.check(password, "weak3", "Dana Data")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewer-demo", "curator-demo", "admin-demo"})
    void the_dev_profiles_demo_passwords_would_be_refused_so_they_exist_only_in_dev_and_test(String password) {
        assertThat(PasswordRule.check(password, password.replace("-demo", ""))).isPresent();
    }

    @org.junit.jupiter.api.Test
    void a_password_bcrypt_would_cut_is_refused() {
        assertThat(PasswordRule.check("é".repeat(37), "dana")).hasValue(
                "A password can have at most 72 bytes (72 letters without accents).");
    }
}
