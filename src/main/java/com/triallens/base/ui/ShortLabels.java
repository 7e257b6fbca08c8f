package com.triallens.base.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Column headers short enough for a grid of many groups. Titles of up to {@value #MAX} characters stay as they are.
 * Otherwise the first part (split at ":", ",", ";" or " - ") that tells every title apart and is short names them all
 * ("Cohort 1" … "Cohort 8" of "RDV, Cohort 2: Age ≥ 28 Days to < 18 Years …"); failing that each long title is cut
 * after its last whole word within the limit, with "…". Pages show the full title beside it (tooltip and legend).
 */
public final class ShortLabels {

    static final int MAX = 24;
    private static final Pattern PARTS = Pattern.compile("\\s*[:,;]\\s*|\\s+[-–]\\s+");

    private ShortLabels() {
    }

    public static List<String> of(List<String> titles) {
        var stripped = titles.stream().map(String::strip).toList();
        if (stripped.stream().allMatch(t -> t.length() <= MAX)) {
            return numbered(stripped);
        }
        // Two groups may carry one title (a cohort posted again for other measures): they share their label.
        var distinct = stripped.stream().distinct().toList();
        var labels = distinguishingPart(distinct).orElseGet(() -> cut(distinct));
        return numbered(stripped.stream().map(t -> labels.get(distinct.indexOf(t))).toList());
    }

    /** Whether any title is shown shortened. */
    public static boolean shortened(List<String> titles, List<String> labels) {
        for (int i = 0; i < titles.size(); i++) {
            if (!titles.get(i).strip().equals(labels.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<List<String>> distinguishingPart(List<String> titles) {
        var parts = titles.stream().map(t -> Arrays.asList(PARTS.split(t))).toList();
        var depth = parts.stream().mapToInt(List::size).min().orElse(0);
        for (int k = 0; k < depth; k++) {
            int part = k;
            var candidates = parts.stream().map(p -> p.get(part)).toList();
            if (titles.size() > 1 && candidates.stream().allMatch(c -> !c.isBlank() && c.length() <= MAX)
                    && new HashSet<>(candidates).size() == candidates.size()) {
                return Optional.of(candidates);
            }
        }
        return Optional.empty();
    }

    private static List<String> cut(List<String> titles) {
        var labels = new ArrayList<String>();
        for (var title : titles) {
            var end = title.lastIndexOf(' ', MAX - 1);
            labels.add(title.length() <= MAX ? title
                    : (end < MAX / 2 ? title.substring(0, MAX - 1) : title.substring(0, end)).strip() + "…");
        }
        return labels;
    }

    /** Labels that repeat get their position: "Cohort 1 (1)", "Cohort 1 (9)". */
    private static List<String> numbered(List<String> given) {
        var labels = new ArrayList<>(given);
        var repeated = labels.stream().filter(l -> labels.indexOf(l) != labels.lastIndexOf(l)).toList();
        for (int i = 0; i < labels.size(); i++) {
            if (repeated.contains(labels.get(i))) {
                labels.set(i, labels.get(i) + " (" + (i + 1) + ")");
            }
        }
        return labels;
    }
}
