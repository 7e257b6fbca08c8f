package com.triallens.security;

import com.triallens.base.web.RequestAdmission;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * bcrypt with a bound on how many passwords are hashed at once. One check costs tens of milliseconds of CPU by design;
 * a wave of sign-ins (a morning's, or someone trying passwords) would otherwise take every core and stall the pages of
 * everyone already signed in. Beyond the bound, sign-ins wait their turn, first come first served; one that has
 * waited {@code maxWait} is refused as the server being busy, and is not counted as a wrong password. While it waits
 * and hashes, the sign-in's request gives its turn among the running requests back: the check is bounded here.
 */
final class PasswordChecks implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore turns;
    private final long maxWaitMillis;
    private final RequestAdmission requests;

    PasswordChecks(PasswordEncoder hashing, int atOnce, long maxWaitMillis, RequestAdmission requests) {
        this.hashing = hashing;
        this.turns = new Semaphore(atOnce, true);
        this.maxWaitMillis = maxWaitMillis;
        this.requests = requests;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private <T> T inTurn(java.util.function.Supplier<T> check) {
        try {
            return requests.outside(() -> checkInTurn(check));
        } catch (RequestAdmission.Busy e) {
            throw new AuthenticationServiceException(e.getMessage(), e);
        }
    }

    private <T> T checkInTurn(java.util.function.Supplier<T> check) {
        try {
            if (!turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                throw new AuthenticationServiceException("TrialLens is busy signing others in; try again in a moment.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationServiceException("Sign-in interrupted", e);
        }
        try {
            return check.get();
        } finally {
            turns.release();
        }
    }
}
