package com.triallens.trial;

import com.triallens.base.domain.ArmRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.util.List;

class Arm {
    @Id Long id;
    Long trialId;
    String code;
    String label;
    String shortLabel;
    ArmRole role;
    int ordinal;
    Integer participants;
    Long referenceId;
    @MappedCollection(idColumn = "arm_id", keyColumn = "ordinal") List<Intervention> interventions = List.of();
    @Version Integer version;
}
