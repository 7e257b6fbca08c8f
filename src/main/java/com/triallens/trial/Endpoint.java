package com.triallens.trial;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.util.Set;

class Endpoint {
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
}
