package com.triallens.ctgov;

/** A file that cannot be imported (too large, not JSON, not one study record ...); nothing was written. */
public class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String message) {
        super(message);
    }
}
