package com.triallens.trial;

import com.triallens.base.domain.Citation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

class Reference {
    @Id Long id;
    Long trialId;
    int refNumber;
    String source;
    String title;
    String url;
    @Version Integer version;

    Citation toCitation() {
        return new Citation(id, refNumber, source, title, url);
    }
}
