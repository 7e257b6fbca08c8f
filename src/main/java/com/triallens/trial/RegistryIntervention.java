package com.triallens.trial;

import java.util.List;

/** An intervention as the registry lists it, with the labels of the arm groups that receive it. */
public record RegistryIntervention(String name, String type, String description, List<String> armGroups) {

    /** {@code Dietary supplement} for DIETARY_SUPPLEMENT; null when the record gives no type. */
    public String typeLabel() {
        return RegistryProtocol.words(type);
    }
}
