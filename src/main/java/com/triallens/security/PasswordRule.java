package com.triallens.security;

import com.nulabinc.zxcvbn.Zxcvbn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be, for every way one is set (new user, reset, own change, the first admin's): at least
 * {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes, not containing the user name, and not easy to
 * guess. "Easy to guess" is zxcvbn's estimate (zxcvbn4j, a port of Dropbox's zxcvbn kept up to date on Maven
 * Central): it knows the common-password lists, names and English words zxcvbn ships, keyboard patterns, repeats,
 * sequences and dates, and scores the guesses an attacker needs from 0 to 4; below 3 (about 10⁸ guesses) is refused.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads no further, and Spring's encoder refuses longer ones with an exception. */
    public static final int MAX_BYTES = 72;
    static final int MIN_SCORE = 3;

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordRule() {
    }

    /** Why this password cannot be the password of this user, or empty when it can. */
    public static Optional<String> check(String password, String username, String... otherWordsOfTheUser) {
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("A password can have at most " + MAX_BYTES + " bytes (" + MAX_BYTES
                    + " letters without accents).");
        }
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("A password must not contain the user name.");
        }
        var words = new ArrayList<String>(List.of("triallens", "trial", "lens"));
        if (username != null) {
            words.add(username.toLowerCase(Locale.ROOT));
        }
        for (var word : otherWordsOfTheUser) {
            if (word != null) {
                words.addAll(List.of(word.toLowerCase(Locale.ROOT).split("\\s+")));
            }
        }
        var strength = ZXCVBN.measure(password, words);
        if (strength.getScore() < MIN_SCORE) {
            var warning = strength.getFeedback().getWarning(Locale.ENGLISH);
            return Optional.of("This password is too easy to guess" + (warning == null || warning.isBlank() ? "" :
                    " (" + warning.replaceAll("\\.$", "").toLowerCase(Locale.ROOT) + ")")
                    + ". Use a longer one, for example a few unrelated words.");
        }
        return Optional.empty();
    }
}
