package com.triallens.curation.ui;

import com.triallens.base.domain.Violation;
import com.vaadin.flow.component.Component;

import java.util.List;
import java.util.Optional;

/** A buffered form for one kind of record: it reads values in and gives a valid edit back, or shows why not. */
interface EditForm<T> {

    Component component();

    void read(T values);

    /** The entered values if every field is valid; otherwise empty, with the errors shown beside the fields. */
    Optional<T> validEdit();

    /** Shows errors the server found beside the fields they concern. */
    void showViolations(List<Violation> violations);

    /** The values in one line, for grids and for the "newer values" of a conflict. */
    String describe(T values);
}
