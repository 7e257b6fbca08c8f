package com.triallens.efficacy;

import com.triallens.base.domain.ArmSummary;

import java.util.List;

public record EfficacyTable(List<ArmSummary> arms, List<EfficacyRow> rows) {
}
