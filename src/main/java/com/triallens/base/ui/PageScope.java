package com.triallens.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import java.util.Optional;

/**
 * What the current page is about, as the query parameters that name it ({@code trial=NCT03786094}): a feature's
 * page sets it as it is entered; the side navigation's links and the links within a page keep it. Held per browser
 * tab; a page about nothing in particular leaves the last one in place.
 */
public final class PageScope {

    private static final String KEY = "triallens.page-scope";

    private PageScope() {
    }

    public static void set(UI ui, QueryParameters scope) {
        ComponentUtil.setData(ui, KEY, scope);
    }

    public static Optional<QueryParameters> current() {
        return Optional.ofNullable(UI.getCurrent()).map(ui -> (QueryParameters) ComponentUtil.getData(ui, KEY));
    }

    /** A link within the current scope, such as {@code references?trial=NCT03786094#ref-2}. */
    public static String link(String route, String fragment) {
        var query = current().map(scope -> "?" + scope.getQueryString()).orElse("");
        return route + query + (fragment == null ? "" : "#" + fragment);
    }
}
