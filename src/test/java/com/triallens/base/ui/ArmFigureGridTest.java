package com.triallens.base.ui;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A results grid shows a few rows whole on the page, and scrolls many inside itself (rendering only those in view). */
class ArmFigureGridTest {

    record Row(Map<Long, ArmFigure> figures) implements ArmFigures {
    }

    @Test
    void few_rows_are_shown_whole_and_many_scroll_inside_the_grid() {
        var few = new ArmFigureGrid<Row>();
        few.showRows(Collections.nCopies(ArmFigureGrid.ALL_VISIBLE_UP_TO, new Row(Map.of())));
        assertThat(few.isAllRowsVisible()).isTrue();

        var many = new ArmFigureGrid<Row>();
        many.showRows(List.copyOf(Collections.nCopies(240, new Row(Map.of()))));
        assertThat(many.isAllRowsVisible()).isFalse();
        assertThat(many.getHeight()).isEqualTo("70vh");
    }
}
