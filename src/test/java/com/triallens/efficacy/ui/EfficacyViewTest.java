package com.triallens.efficacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(roles = "VIEWER")
class EfficacyViewTest extends SpringBrowserlessTest {

    private List<String> row(int index) {
        var grid = test(navigate(EfficacyView.class).grid);
        return IntStream.range(0, 6).mapToObj(c -> grid.getCellText(index, c)).toList();
    }

    @Test
    void grid_has_endpoint_arm_comparison_population_and_sources_columns() {
        var grid = test(navigate(EfficacyView.class).grid);
        assertThat(IntStream.range(0, 6).mapToObj(grid::getHeaderCell)).containsExactly(
                "Endpoint", "Balixafortide + eribulin", "Eribulin alone", "Comparison", "Population", "Sources");
        assertThat(grid.size()).isEqualTo(4);
    }

    @Test
    void cells_read_as_clinicians_read_them() {
        assertThat(row(0)).containsExactly("Objective response rate", "13.0 %", "13.7 %", "p = 1.00",
                "Third line and later", "[7]");
        assertThat(row(1)).containsExactly("Median progression-free survival", "3.5 months", "4.0 months",
                "HR 1.07 (96 % CI 0.81–1.41)", "Third line and later", "[2]");
        assertThat(row(2)).containsExactly("Median overall survival (interim)", "11.0 months", "11.2 months",
                "HR 1.08 (99.9 % CI 0.66–1.77)", "Third line and later", "[2]");
        assertThat(row(3)).containsExactly("Clinical benefit rate", "16.7 %", "19.6 %", "None reported",
                "Third line and later", "[7]");
    }
}
