package com.triallens.trial;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A date as the registry posts it ("2020-02-21" or "2006-11") with its type (ACTUAL, ESTIMATED), or none. */
public record RegistryDate(String date, String type) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** {@code 21 February 2020 (actual)}, {@code November 2006}, {@code March 2027 (anticipated)}; null when absent. */
    public String display() {
        if (date == null) {
            return null;
        }
        return written() + switch (type == null ? "" : type) {
            case "" -> "";
            case "ACTUAL" -> " (actual)";
            case "ESTIMATED", "ANTICIPATED" -> " (anticipated)";
            default -> " (" + RegistryProtocol.words(type).toLowerCase(Locale.ROOT) + ")";
        };
    }

    private String written() {
        try {
            return date.length() == 7 ? YearMonth.parse(date).format(MONTH) : LocalDate.parse(date).format(DAY);
        } catch (DateTimeParseException notADate) {
            return date;
        }
    }
}
