package org.wbcyber.graph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportTokenTest {

    @Test
    void withoutAConfiguredTokenImportsAreDisabledWhateverTheRequestSends() {
        assertThat(ImportToken.check(null, "Bearer anything")).isEqualTo(ImportToken.Verdict.DISABLED);
        assertThat(ImportToken.check(" ", null)).isEqualTo(ImportToken.Verdict.DISABLED);
    }

    @Test
    void onlyTheConfiguredBearerTokenIsAllowed() {
        assertThat(ImportToken.check("s3cret", "Bearer s3cret")).isEqualTo(ImportToken.Verdict.ALLOWED);
        assertThat(ImportToken.check("s3cret", "bearer s3cret")).isEqualTo(ImportToken.Verdict.ALLOWED);
        assertThat(ImportToken.check("s3cret", "Bearer s3cre")).isEqualTo(ImportToken.Verdict.UNAUTHORISED);
        assertThat(ImportToken.check("s3cret", "Basic czNjcmV0")).isEqualTo(ImportToken.Verdict.UNAUTHORISED);
        assertThat(ImportToken.check("s3cret", null)).isEqualTo(ImportToken.Verdict.UNAUTHORISED);
    }
}
