package com.triallens.trial;

import com.triallens.base.domain.Citation;
import com.triallens.base.domain.Editable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

class Reference implements Curated<ReferenceEdit> {
    @Id Long id;
    Long trialId;
    int refNumber;
    String source;
    String title;
    String url;
    @Version Integer version;

    @Override
    public ReferenceEdit toEdit() {
        return new ReferenceEdit(refNumber, source, title, url);
    }

    @Override
    public void apply(ReferenceEdit edit) {
        refNumber = edit.number();
        source = edit.source().trim();
        title = ProtocolService.trimmed(edit.title());
        url = ProtocolService.trimmed(edit.url());
    }

    @Override
    public void basedOn(int version) {
        this.version = version;
    }

    @Override
    public String recordLabel() {
        return "Reference [" + refNumber + "]";
    }

    @Override
    public Editable<ReferenceEdit> editable() {
        return new Editable<>(id, version, recordLabel(), toEdit());
    }

    Citation toCitation() {
        return new Citation(id, refNumber, source, title, url);
    }
}
