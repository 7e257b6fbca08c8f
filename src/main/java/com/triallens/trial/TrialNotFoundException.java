package com.triallens.trial;

public class TrialNotFoundException extends RuntimeException {
    public TrialNotFoundException(long trialId) {
        super("No trial with id " + trialId);
    }
}
