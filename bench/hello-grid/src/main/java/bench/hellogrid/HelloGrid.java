package bench.hellogrid;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.List;

/** The bare app: Spring Boot, Vaadin, Lumo and one route with a Grid of a few rows. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class HelloGrid implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(HelloGrid.class, args);
    }

    record Row(String name, double value) {
    }

    @Route("")
    public static class GridView extends Main {

        public GridView() {
            var grid = new Grid<Row>();
            grid.addColumn(Row::name).setHeader("Name");
            grid.addColumn(Row::value).setHeader("Value");
            grid.setItems(List.of(new Row("Alpha", 68.3), new Row("Beta", 12.5), new Row("Gamma", 40.1),
                    new Row("Delta", 7.0), new Row("Epsilon", 99.9)));
            add(grid);
        }
    }
}
