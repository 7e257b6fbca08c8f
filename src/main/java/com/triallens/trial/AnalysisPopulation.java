package com.triallens.trial;

import com.triallens.base.domain.Editable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

class AnalysisPopulation implements Curated<PopulationEdit> {
    @Id Long id;
    Long trialId;
    String code;
    String name;
    String description;
    @Version Integer version;

    @Override
    public PopulationEdit toEdit() {
        return new PopulationEdit(name, description);
    }

    @Override
    public void apply(PopulationEdit edit) {
        name = edit.name().trim();
        description = ProtocolService.trimmed(edit.description());
    }

    @Override
    public void basedOn(int version) {
        this.version = version;
    }

    @Override
    public String recordLabel() {
        return name;
    }

    @Override
    public Editable<PopulationEdit> editable() {
        return new Editable<>(id, version, recordLabel(), toEdit());
    }
}
