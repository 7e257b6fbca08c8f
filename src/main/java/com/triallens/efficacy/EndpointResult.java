package com.triallens.efficacy;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmResult;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.ReportedDecimal;
import org.springframework.data.relational.core.mapping.Embedded;

import java.util.Map;

/** One arm's result for one endpoint; an imported one may carry the spread the registry posted with it. */
class EndpointResult extends ArmResult {
    Long endpointId;
    String dispersionType;
    @Embedded.Nullable(prefix = "spread_") ReportedDecimal spread;
    @Embedded.Nullable(prefix = "lower_") ReportedDecimal lower;
    @Embedded.Nullable(prefix = "upper_") ReportedDecimal upper;
    String postedNote;

    @Override
    public ArmFigure toFigure(Map<Long, Citation> citations) {
        var figure = super.toFigure(citations);
        return new ArmFigure(figure.status(), figure.value(), figure.unit(), figure.participants(), figure.source(),
                spreadText(), postedNote);
    }

    /** As posted: {@code 95% Confidence Interval 3.5–4.8}, {@code Standard Deviation 1.2}; NA where a limit is not. */
    private String spreadText() {
        if (dispersionType == null || (spread == null && lower == null && upper == null)) {
            return null;
        }
        if (spread != null) {
            return dispersionType + " " + spread;
        }
        return dispersionType + " " + (lower == null ? "NA" : lower) + "–" + (upper == null ? "NA" : upper);
    }
}
