package com.triallens.trial;


class AnalysisPopulation extends CuratedRecord<PopulationEdit> {
    Long trialId;
    String code;
    String name;
    String description;

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
    public String recordLabel() {
        return name;
    }

    @Override
    public long trial() {
        return trialId;
    }
}
