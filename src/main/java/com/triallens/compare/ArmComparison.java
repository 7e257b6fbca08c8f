package com.triallens.compare;

import com.triallens.base.domain.ArmSummary;
import com.triallens.base.domain.Citation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Compare page's content: the chosen arms, the measures lined up, and those that could not be. */
public record ArmComparison(List<ArmChoice> chosen, List<CompareRow> efficacy, List<CompareRow> safety,
                            List<NotCompared> notCompared) {

    /** The arms as result grids and charts name them: {@code FORTRESS · Eribulin alone}. */
    public List<ArmSummary> arms() {
        return chosen.stream().map(ArmChoice::summary).toList();
    }

    /** Each figure's reference, named with its trial since reference numbers repeat across trials. */
    public String sources(CompareRow row) {
        return chosen.stream().filter(arm -> row.figures().containsKey(arm.armId()))
                .map(arm -> arm.acronym() + " " + Optional.ofNullable(row.figure(arm.armId()).source())
                        .map(Citation::marker).orElse("(not cited)"))
                .distinct().collect(Collectors.joining(", "));
    }

    public boolean isEmpty() {
        return efficacy.isEmpty() && safety.isEmpty();
    }
}
