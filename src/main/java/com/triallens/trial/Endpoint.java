package com.triallens.trial;

import org.springframework.data.relational.core.mapping.MappedCollection;

import java.util.Set;

class Endpoint extends CuratedRecord<EndpointEdit> {
    Long trialId;
    String code;
    String name;
    EndpointKind kind;
    MeasureType measureType;
    Long populationId;
    boolean interim;
    int ordinal;
    @MappedCollection(idColumn = "endpoint_id") Set<EndpointCitation> citations = Set.of();

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
    public String recordLabel() {
        return interim ? name + " (interim)" : name;
    }

    @Override
    public long trial() {
        return trialId;
    }
}
