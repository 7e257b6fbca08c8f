package com.triallens.trial;

/** An arm group as the registry lists it: label, type (EXPERIMENTAL ...) and description, each possibly absent. */
public record RegistryArmGroup(String label, String type, String description) {

    /** {@code Placebo comparator}; null when the record gives no type. */
    public String typeLabel() {
        return RegistryProtocol.words(type);
    }
}
