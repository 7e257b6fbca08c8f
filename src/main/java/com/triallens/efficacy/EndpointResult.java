package com.triallens.efficacy;

import com.triallens.base.domain.ArmResult;

class EndpointResult extends ArmResult {
    Long endpointId;
}
