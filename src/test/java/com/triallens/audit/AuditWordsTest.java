package com.triallens.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditWordsTest {

    @Test
    void record_kinds_and_field_names_read_in_words() {
        assertThat(AuditWords.kind("result_analysis")).isEqualTo("Comparison between groups");
        assertThat(AuditWords.kind("dosing_step")).isEqualTo("Dosing step");
        assertThat(AuditWords.field("versionDate")).isEqualTo("Version date");
        assertThat(AuditWords.field("ciUpper")).isEqualTo("CI upper");
        assertThat(AuditWords.field("pValue")).isEqualTo("p-value");
        assertThat(AuditWords.field("value")).isEqualTo("Value");
    }
}
