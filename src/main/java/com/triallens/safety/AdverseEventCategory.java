package com.triallens.safety;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

class AdverseEventCategory {
    @Id Long id;
    Long trialId;
    String code;
    String name;
    Long populationId;
    int ordinal;
    @Version Integer version;
}
