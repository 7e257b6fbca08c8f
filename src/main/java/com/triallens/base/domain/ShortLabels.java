package com.triallens.base.domain;

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

    public static final int MAX = 24;
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
        var parts = titles.stream().map(t -> t.length() <= MAX ? List.of(t) : Arrays.asList(PARTS.split(t))).toList();
        var depth = parts.stream().filter(p -> p.size() > 1).mapToInt(List::size).min().orElse(0);
        // Of the parts that tell the titles apart, one that numbers them ("Cohort 2") says most.
        List<String> telling = null;
        for (int k = 0; k < depth; k++) {
            int part = k;
            var candidates = parts.stream().map(p -> p.size() == 1 ? p.getFirst() : p.get(part)).toList();
            if (titles.size() > 1 && candidates.stream().allMatch(c -> !c.isBlank() && c.length() <= MAX)
                    && new HashSet<>(candidates).size() == candidates.size()) {
                var numbered = java.util.stream.IntStream.range(0, titles.size())
                        .allMatch(i -> parts.get(i).size() == 1 || candidates.get(i).matches(".*\\d.*"));
                if (numbered) {
                    return Optional.of(candidates);
                }
                telling = telling == null ? candidates : telling;
            }
        }
        return Optional.ofNullable(telling);
    }

    /** Each title on its own: the part before its colon when short, else cut at a word; longer where two meet. */
    private static List<String> cut(List<String> titles) {
        var labels = new ArrayList<String>();
        for (var title : titles) {
            var colon = title.indexOf(':');
            labels.add(title.length() <= MAX ? title : colon >= 3 && colon <= MAX ? title.substring(0, colon).strip()
                    : cut(title, MAX));
        }
        // Titles that meet in one label differ further on: each shows where it differs ("…nine days", "…four days").
        for (var label : List.copyOf(labels)) {
            var meeting = new ArrayList<Integer>();
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).equals(label)) {
                    meeting.add(i);
                }
            }
            if (meeting.size() > 1) {
                var words = meeting.stream().map(i -> titles.get(i).split("\\s+")).toList();
                var common = commonWords(words);
                for (int m = 0; m < meeting.size(); m++) {
                    var rest = String.join(" ", Arrays.copyOfRange(words.get(m), common, words.get(m).length));
                    labels.set(meeting.get(m), rest.isEmpty() ? label : "…" + cut(rest, MAX));
                }
            }
        }
        return labels;
    }

    private static int commonWords(List<String[]> words) {
        int common = 0;
        while (true) {
            int index = common;
            if (words.stream().anyMatch(w -> w.length <= index)
                    || words.stream().map(w -> w[index]).distinct().count() > 1) {
                return common;
            }
            common++;
        }
    }

    private static String cut(String title, int length) {
        if (title.length() <= length) {
            return title;
        }
        var end = title.lastIndexOf(' ', length - 1);
        return (end < length / 2 ? title.substring(0, length - 1) : title.substring(0, end)).strip()
                .replaceAll("[,;:(\\-]+$", "") + "…";
    }

    /** A label that repeats is numbered from its second use: "Cohort 1", then "Cohort 1 (2)". */
    private static List<String> numbered(List<String> given) {
        var labels = new ArrayList<String>();
        var uses = new java.util.HashMap<String, Integer>();
        for (var label : given) {
            var use = uses.merge(label, 1, Integer::sum);
            labels.add(use == 1 ? label : label + " (" + use + ")");
        }
        return labels;
    }
}
