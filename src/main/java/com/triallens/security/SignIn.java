package com.triallens.security;

import java.time.Instant;

/** One sign-in attempt as the Users page lists it: the name typed, from where, when (UTC) and how it ended. */
public record SignIn(Instant signedAt, String username, String address, Outcome outcome) {

    public enum Outcome {
        SIGNED_IN("Signed in"),
        FAILED("Wrong user name or password"),
        DISABLED("Account disabled"),
        THROTTLED("Refused: too many failed sign-ins"),
        BUSY("Refused unchecked: the server was busy checking other sign-ins");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
