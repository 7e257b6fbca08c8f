package com.triallens.safety;

import com.triallens.base.domain.ArmResult;

class AdverseEventResult extends ArmResult {
    Long categoryId;
}
