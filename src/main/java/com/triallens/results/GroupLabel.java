package com.triallens.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * A reporting group as a column: its id, its full title as posted and a short label for headers ("RDV, Cohort 2"
 * for "RDV, Cohort 2: Age ≥ 28 Days to &lt; 18 Years and Weight ≥ 20 kg to &lt; 40 kg"). Labels are unique
 * within a module.
 */
public record GroupLabel(long id, String title, String label) {

    /** Titles up to this many characters are their own label. */
    static final int SHORT = 28;

    public boolean shortened() {
        return !label.equals(title);
    }

    /** Labels for groups in their posted order; a label that would repeat another's keeps more of its title. */
    static <T> List<GroupLabel> of(List<T> groups, Function<T, Long> id, Function<T, String> title) {
        var labels = new ArrayList<GroupLabel>();
        var used = new HashSet<String>();
        for (var group : groups) {
            var full = title.apply(group).strip();
            var label = shortLabel(full);
            if (!used.add(label)) {
                label = cut(full, 2 * SHORT);
                var n = 2;
                var base = label;
                while (!used.add(label)) {
                    label = base + " (" + n++ + ")";
                }
            }
            labels.add(new GroupLabel(id.apply(group), full, label));
        }
        return List.copyOf(labels);
    }

    /** The title if short; otherwise the part before its first colon, or the title cut at a word with "…". */
    static String shortLabel(String title) {
        if (title.length() <= SHORT) {
            return title;
        }
        var colon = title.indexOf(':');
        if (colon >= 3 && colon <= SHORT) {
            return title.substring(0, colon).strip();
        }
        return cut(title, SHORT);
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        var cut = text.substring(0, length - 1);
        var space = cut.lastIndexOf(' ');
        return (space > length / 2 ? cut.substring(0, space) : cut).strip().replaceAll("[,;:(\\-]+$", "") + "…";
    }
}
