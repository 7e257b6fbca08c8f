package com.triallens.trial;

import com.triallens.base.domain.Editable;

/** A protocol record as curators edit it through {@link ProtocolService}. */
interface Curated<E extends ProtocolEdit> {

    E toEdit();

    void apply(E edit);

    /** The version the edit is based on: the save fails if the record has moved on since. */
    void basedOn(int version);

    String recordLabel();

    /** The trial whose pages show the record. */
    long trial();

    Editable<E> editable();
}
