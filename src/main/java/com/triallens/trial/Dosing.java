package com.triallens.trial;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.ReportedDecimal;

import java.util.List;

/** One drug of one arm: dose, route and the days of the cycle it is given on. */
public record Dosing(String arm, ArmRole role, String drug, ReportedDecimal dose, String doseUnit, String route,
                     int cycleLengthDays, List<Integer> days, Citation source) {

    /** {@code 5.5 mg/kg}. */
    public String doseText() {
        return dose + " " + doseUnit;
    }

    /** {@code 1–3, 8–10} for days 1, 2, 3, 8, 9, 10: consecutive days as ranges. */
    public String daysText() {
        var text = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            int start = days.get(i);
            int end = start;
            while (i + 1 < days.size() && days.get(i + 1) == end + 1) {
                end = days.get(++i);
            }
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(start);
            if (end > start) {
                text.append(end == start + 1 ? ", " : "–").append(end);
            }
        }
        return text.toString();
    }
}
