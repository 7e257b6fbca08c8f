package com.triallens.base.domain;

/** Whether the source gives a figure. NOT_REPORTED is a stated absence, never zero or blank. */
public enum ResultStatus {
    REPORTED,
    NOT_REPORTED
}
