package com.triallens.e2e;

import com.triallens.security.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Export links download through the browser, made in the signed-in user's request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportIT extends ChromiumTest {

    private record Downloaded(String fileName, String text) {
    }

    private Downloaded download(DemoUser user, String route, String link) throws IOException {
        var page = browser.signedIn(base(), user);
        page.navigate(base() + "/" + route);
        var download = page.waitForDownload(() -> page.getByText(link).click());
        return new Downloaded(download.suggestedFilename(),
                new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8));
    }

    @Test
    void efficacy_csv_downloads_with_the_hazard_ratio_as_numbers() throws IOException {
        var csv = download(DemoUser.VIEWER, "efficacy", "Export CSV");
        assertThat(csv.fileName()).matches("FORTRESS-efficacy-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(csv.text()).startsWith("\uFEFF\"Endpoint\"")
                .contains("\"HR 1.07 (96 % CI 0.81–1.41)\",\"HR\",1.07,96,0.81,1.41,")
                .contains("\"User\",\"viewer\"");
    }

    @Test
    void audit_trail_exports_in_the_curators_own_request() throws IOException {
        var xlsx = download(DemoUser.CURATOR, "audit", "Export XLSX");
        assertThat(xlsx.fileName()).matches("audit-trail-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        var csv = download(DemoUser.CURATOR, "audit", "Export CSV");
        assertThat(csv.text()).startsWith("\uFEFF\"When (UTC)\"").contains("\"User\",\"curator\"");
    }
}
