package com.triallens.base.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

import java.util.Map;

/**
 * The shape every per-arm result row shares (an endpoint's result, an adverse-event category's):
 * a reported value or a stated absence, its unit, an optional participant count and its reference.
 */
public abstract class ArmResult {
    @Id protected Long id;
    protected Long armId;
    protected ResultStatus status;
    @Embedded.Nullable(prefix = "value_") protected ReportedDecimal value;
    protected String unit;
    protected Integer participants;
    protected Long referenceId;
    @Version protected Integer version;

    public Long id() {
        return id;
    }

    public Long armId() {
        return armId;
    }

    public Integer version() {
        return version;
    }

    public FigureEdit toEdit() {
        return new FigureEdit(status, value, unit, participants);
    }

    /** Takes a curator's edit made on {@code expectedVersion}; saving fails if the row has moved on since. */
    public void apply(FigureEdit edit, int expectedVersion) {
        status = edit.status();
        value = edit.value();
        unit = edit.unit().trim();
        participants = edit.participants();
        version = expectedVersion;
    }

    public ArmFigure toFigure(Map<Long, Citation> citations) {
        return new ArmFigure(status, value, unit, participants, citations.get(referenceId));
    }
}
