package com.triallens.trial;

import com.triallens.base.domain.Editable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.util.Set;

class Endpoint implements Curated<EndpointEdit> {
    @Id Long id;
    Long trialId;
    String code;
    String name;
    EndpointKind kind;
    MeasureType measureType;
    Long populationId;
    boolean interim;
    int ordinal;
    @MappedCollection(idColumn = "endpoint_id") Set<EndpointCitation> citations = Set.of();
    @Version Integer version;

    @Override
    public EndpointEdit toEdit() {
        return new EndpointEdit(name, kind, measureType, populationId, interim);
    }

    @Override
    public void apply(EndpointEdit edit) {
        name = edit.name().trim();
        kind = edit.kind();
        measureType = edit.measureType();
        populationId = edit.populationId();
        interim = edit.interim();
    }

    @Override
    public void basedOn(int version) {
        this.version = version;
    }

    @Override
    public String recordLabel() {
        return interim ? name + " (interim)" : name;
    }

    @Override
    public Editable<EndpointEdit> editable() {
        return new Editable<>(id, version, recordLabel(), toEdit());
    }
}
