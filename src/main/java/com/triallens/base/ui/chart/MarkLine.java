package com.triallens.base.ui.chart;

/**
 * A reference line across the plot at {@code value} on the value axis (e.g. hazard ratio 1),
 * with optional text at either side of it along the axis ("favours combination" / "favours
 * eribulin"); any of the labels may be null.
 */
public record MarkLine(double value, String label, String lowerSide, String upperSide) {

    public static MarkLine at(double value, String label) {
        return new MarkLine(value, label, null, null);
    }

    public MarkLine sides(String lowerSide, String upperSide) {
        return new MarkLine(value, label, lowerSide, upperSide);
    }
}
