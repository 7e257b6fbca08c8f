package com.triallens.ctgov;

import com.triallens.ctgov.StudyPlan.ArmGroupPlan;
import com.triallens.ctgov.StudyPlan.ArmPlan;
import com.triallens.ctgov.StudyPlan.EndpointPlan;
import com.triallens.ctgov.StudyPlan.InterventionPlan;
import com.triallens.ctgov.StudyPlan.Planned;
import com.triallens.ctgov.StudyPlan.PopulationPlan;
import com.triallens.ctgov.StudyPlan.ProtocolFacts;
import com.triallens.ctgov.StudyPlan.TrialFacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A trial as stored, read back in the shape of a {@link StudyPlan} so the two can be compared record by
 * record; each record with its id. A trial not stored yet is {@link #none()}: importing then creates all.
 * {@code protocol} is null for a trial whose registry facts are not stored (one imported before V10).
 */
record StoredTrial(Long trialId, Stored<TrialFacts> trial, Map<String, Stored<ArmPlan>> arms,
                   Map<String, Stored<PopulationPlan>> populations, Map<String, Stored<EndpointPlan>> endpoints,
                   Set<String> codes, int references, Stored<ProtocolFacts> protocol,
                   Map<String, Stored<ArmGroupPlan>> armGroups, Map<String, Stored<InterventionPlan>> interventions) {

    record Stored<T extends Planned>(long id, T record) {
    }

    static StoredTrial none() {
        return new StoredTrial(null, null, Map.of(), Map.of(), Map.of(), Set.of(), 0, null, Map.of(), Map.of());
    }

    boolean exists() {
        return trialId != null;
    }

    static <T extends Planned> Map<String, Stored<T>> byKey(Iterable<Stored<T>> records) {
        var byKey = new LinkedHashMap<String, Stored<T>>();
        records.forEach(r -> byKey.putIfAbsent(r.record().key(), r));
        return byKey;
    }
}
