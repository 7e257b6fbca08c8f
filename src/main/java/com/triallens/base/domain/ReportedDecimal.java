package com.triallens.base.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number exactly as the source printed it: the decimal value and the number of decimal places
 * that were reported. {@code 28} and {@code 28.0} are different figures.
 */
public record ReportedDecimal(BigDecimal value, int places) {

    private static final int MAX_DIGITS = 100;

    public ReportedDecimal {
        Objects.requireNonNull(value, "value");
        if (places < 0) {
            throw new IllegalArgumentException("decimal places must not be negative: " + places);
        }
        value = value.setScale(places, RoundingMode.UNNECESSARY);
    }

    /**
     * Parses a figure as written, keeping its precision: {@code "26.5"} has one decimal place. Refuses
     * (NumberFormatException) what is no figure at all, such as {@code 1e999999999}, whose digits would
     * not even fit in memory.
     */
    public static ReportedDecimal parse(String text) {
        var value = new BigDecimal(text.trim());
        if (Math.abs((long) value.precision() - value.scale()) > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS) {
            throw new NumberFormatException("More than " + MAX_DIGITS + " digits: " + text);
        }
        return new ReportedDecimal(value, Math.max(value.scale(), 0));
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
