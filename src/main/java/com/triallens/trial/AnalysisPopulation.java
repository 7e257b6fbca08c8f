package com.triallens.trial;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

class AnalysisPopulation {
    @Id Long id;
    Long trialId;
    String code;
    String name;
    String description;
    @Version Integer version;
}
