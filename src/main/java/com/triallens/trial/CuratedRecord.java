package com.triallens.trial;

import com.triallens.base.domain.Editable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A protocol record with its own id and version (optimistic locking), edited as a whole through its form. */
abstract class CuratedRecord<E extends ProtocolEdit> implements Curated<E> {
    @Id Long id;
    @Version Integer version;

    @Override
    public void basedOn(int version) {
        this.version = version;
    }

    @Override
    public Editable<E> editable() {
        return new Editable<>(id, version, recordLabel(), toEdit());
    }
}
