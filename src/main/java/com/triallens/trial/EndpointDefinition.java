package com.triallens.trial;

import com.triallens.base.domain.Citation;

import java.util.List;

/** An outcome measure of the protocol: what is measured, in which population, and whether it is interim. */
public record EndpointDefinition(long id, String code, String name, EndpointKind kind, MeasureType measureType,
                                 String population, boolean interim, List<Citation> sources) {

    /** The name as a results table labels it: {@code Median overall survival (interim)}. */
    public String displayName() {
        return interim ? name + " (interim)" : name;
    }
}
