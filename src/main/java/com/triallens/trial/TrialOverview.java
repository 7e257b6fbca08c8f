package com.triallens.trial;

import com.triallens.base.domain.Citation;

import java.util.List;
import java.util.Map;

/** Everything the Overview page shows of a trial's protocol, each statement with its references. */
public record TrialOverview(TrialHeader header, String title, String design, String condition, Integer enrolment,
                            String priorTherapy, String mechanism, String outcome,
                            Map<TrialFact, List<Citation>> citations, List<Dosing> dosing,
                            List<EndpointDefinition> endpoints, List<MechanismStep> mechanismSteps) {

    public List<Citation> sourcesOf(TrialFact fact) {
        return citations.getOrDefault(fact, List.of());
    }
}
