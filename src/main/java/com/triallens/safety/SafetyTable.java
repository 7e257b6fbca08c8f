package com.triallens.safety;

import com.triallens.base.domain.ArmSummary;

import java.util.List;

public record SafetyTable(List<ArmSummary> arms, List<SafetyRow> rows) {
}
