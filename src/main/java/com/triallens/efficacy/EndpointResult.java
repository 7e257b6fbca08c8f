package com.triallens.efficacy;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

import java.util.Map;

class EndpointResult {
    @Id Long id;
    Long endpointId;
    Long armId;
    ResultStatus status;
    @Embedded.Nullable(prefix = "value_") ReportedDecimal value;
    String unit;
    Integer participants;
    Long referenceId;
    @Version Integer version;

    FigureEdit toEdit() {
        return new FigureEdit(status, value, unit, participants);
    }

    void apply(FigureEdit edit) {
        status = edit.status();
        value = edit.value();
        unit = edit.unit().trim();
        participants = edit.participants();
    }

    ArmFigure toFigure(Map<Long, Citation> citations) {
        return new ArmFigure(status, value, unit, participants, citations.get(referenceId));
    }
}
