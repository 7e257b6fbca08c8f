package com.triallens.base.domain;

/** A delete refused because other records still point at the record; nothing was deleted. */
public class RecordInUseException extends RuntimeException {
    public RecordInUseException(String message) {
        super(message);
    }
}
