package com.triallens.results;

import com.triallens.base.domain.ShortLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A reporting group as a column: its id, its full title as posted and a short label for headers ("Cohort 2" for
 * "RDV, Cohort 2: Age ≥ 28 Days to &lt; 18 Years and Weight ≥ 20 kg to &lt; 40 kg").
 */
public record GroupLabel(long id, String title, String label) {

    public boolean shortened() {
        return !label.equals(title);
    }

    /** Labels for groups in their posted order, as every results grid heads them (see {@link ShortLabels}). */
    static <T> List<GroupLabel> of(List<T> groups, Function<T, Long> id, Function<T, String> title) {
        var titles = groups.stream().map(g -> title.apply(g).strip()).toList();
        var labels = ShortLabels.of(titles);
        var result = new ArrayList<GroupLabel>();
        for (int i = 0; i < groups.size(); i++) {
            result.add(new GroupLabel(id.apply(groups.get(i)), titles.get(i), labels.get(i)));
        }
        return List.copyOf(result);
    }
}
