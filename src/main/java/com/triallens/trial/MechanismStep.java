package com.triallens.trial;

import com.triallens.base.domain.Citation;

/** One statement of the drug's mechanism: CXCL12 binds CXCR4; balixafortide blocks CXCR4. */
public record MechanismStep(String source, String target, MechanismRelation relation, Citation citation) {
}
