package com.triallens.trial;

import com.triallens.base.domain.Citation;

class Reference extends CuratedRecord<ReferenceEdit> {
    Long trialId;
    int refNumber;
    String source;
    String title;
    String url;

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
    public String recordLabel() {
        return "Reference [" + refNumber + "]";
    }

    Citation toCitation() {
        return new Citation(id, refNumber, source, title, url);
    }

    @Override
    public long trial() {
        return trialId;
    }
}
