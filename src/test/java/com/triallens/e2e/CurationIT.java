package com.triallens.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.triallens.security.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Curators at work in real headless Chromium: a change with a reason, and two people saving the same figure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CurationIT extends ChromiumTest {

    private Page editing(DemoUser user, String record) {
        var page = browser.signedIn(base(), user);
        page.navigate(base() + "/curation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit " + record).setExact(true)).click();
        assertThat(page.locator("vaadin-dialog-overlay")).isVisible();
        return page;
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void enter(Page page, String value, String reason) {
        field(page, "Value").fill(value);
        field(page, "Reason for change").fill(reason);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
    }

    @Test
    void a_curator_changes_the_cbr_of_one_arm_and_sees_it_on_efficacy_and_in_the_audit_trail() {
        var page = editing(DemoUser.CURATOR, "Clinical benefit rate / Eribulin alone");
        enter(page, "21.0", "Corrected against the BioSpace release");
        assertThat(page.locator("vaadin-dialog-overlay")).isHidden();

        page.navigate(base() + "/efficacy");
        expectCell(page, "21.0 %");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("History of Clinical benefit rate")).click();
        expectCell(page, "Corrected against the BioSpace release");
        Browser.screenshot(page, "efficacy-history");

        page.navigate(base() + "/audit");
        expectCell(page, "Corrected against the BioSpace release");
        expectCell(page, "Clinical benefit rate / Eribulin alone");
        Browser.screenshot(page, "audit");
    }

    @Test
    void the_second_of_two_curators_saving_the_same_result_gets_the_conflict_and_keeps_what_she_typed() {
        var record = "Median overall survival (interim) / Eribulin alone";
        var first = editing(DemoUser.CURATOR, record);
        var second = editing(DemoUser.ADMIN, record);

        enter(first, "11.3", "First correction");
        assertThat(first.locator("vaadin-dialog-overlay")).isHidden();

        enter(second, "11.4", "Second correction");
        var conflict = second.locator(".edit-conflict");
        assertThat(conflict).containsText("was changed by curator at");
        assertThat(conflict).containsText("Now it reads: 11.3 months");
        assertThat(field(second, "Value")).hasValue("11.4");
        Browser.screenshot(second, "conflict");

        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(second.locator("vaadin-dialog-overlay")).isHidden();
        second.navigate(base() + "/efficacy");
        expectCell(second, "11.4 months");
    }
}
