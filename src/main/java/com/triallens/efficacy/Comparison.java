package com.triallens.efficacy;

import com.triallens.base.domain.Citation;
import com.triallens.base.domain.ComparisonEdit;
import com.triallens.base.domain.ComparisonFigure;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.Statistic;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

import java.util.Map;
import java.util.Objects;

class Comparison {
    @Id Long id;
    Long endpointId;
    Long experimentalArmId;
    Long comparatorArmId;
    Statistic statistic;
    @Embedded.Nullable(prefix = "estimate_") ReportedDecimal estimate;
    @Embedded.Nullable(prefix = "ci_level_") ReportedDecimal ciLevel;
    @Embedded.Nullable(prefix = "ci_lower_") ReportedDecimal ciLower;
    @Embedded.Nullable(prefix = "ci_upper_") ReportedDecimal ciUpper;
    @Embedded.Nullable(prefix = "p_value_") ReportedDecimal pValue;
    String method;
    String pValueText;
    Long referenceId;
    @Version Integer version;

    ComparisonEdit toEdit() {
        return new ComparisonEdit(statistic, estimate, ciLevel, ciLower, ciUpper, pValue, method);
    }

    void apply(ComparisonEdit edit) {
        statistic = edit.statistic();
        estimate = edit.estimate();
        ciLevel = edit.ciLevel();
        ciLower = edit.ciLower();
        ciUpper = edit.ciUpper();
        if (!Objects.equals(pValue, edit.pValue())) {
            pValueText = null;
        }
        pValue = edit.pValue();
        method = edit.method() == null || edit.method().isBlank() ? null : edit.method().trim();
    }

    ComparisonFigure toFigure(Map<Long, Citation> citations) {
        return new ComparisonFigure(statistic, estimate, ciLevel, ciLower, ciUpper, pValue, method,
                citations.get(referenceId), pValueText);
    }
}
