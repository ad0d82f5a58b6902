package org.wbcyber.graph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks an Authorization header against {@code wbcg.imports.token}. */
final class ImportToken {

    enum Verdict {
        ALLOWED, DISABLED, UNAUTHORISED
    }

    private static final String BEARER = "Bearer ";

    private ImportToken() {
    }

    static Verdict check(String configured, String authorization) {
        if (configured == null || configured.isBlank()) {
            return Verdict.DISABLED;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Verdict.UNAUTHORISED;
        }
        // Compared in constant time, so that response times do not reveal how much of a guess was right.
        boolean equal = MessageDigest.isEqual(configured.getBytes(StandardCharsets.UTF_8),
                authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
        return equal ? Verdict.ALLOWED : Verdict.UNAUTHORISED;
    }
}
