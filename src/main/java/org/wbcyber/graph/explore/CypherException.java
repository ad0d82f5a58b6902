package org.wbcyber.graph.explore;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/** Why a query sent to {@code /api/cypher} gave no result, as the HTTP status and problem detail it answers. */
class CypherException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final String code;

    private CypherException(HttpStatus status, String title, String detail, String code) {
        super(detail);
        this.status = status;
        this.title = title;
        this.code = code;
    }

    /** {@code reason}: why, as a clause ("the query writes: CREATE"). */
    static CypherException refused(String reason) {
        return new CypherException(HttpStatus.FORBIDDEN, "Query refused",
                Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ". Only reading queries run here.",
                null);
    }

    /** Neo4j could not run the query as written: a syntax error, an unknown procedure, a missing parameter… */
    static CypherException failed(String code, String message) {
        return new CypherException(HttpStatus.BAD_REQUEST, "Query failed", message, code);
    }

    static CypherException timedOut(Duration limit, String code) {
        return new CypherException(HttpStatus.UNPROCESSABLE_ENTITY, "Query timed out",
                "The query ran longer than the limit of " + limit.toMillis() + " ms and was stopped. Narrow it "
                        + "(a more selective MATCH, a LIMIT) or, below the server's limit, ask for more time "
                        + "with timeoutMs.", code);
    }

    static CypherException tooBig(String code, String message) {
        return new CypherException(HttpStatus.UNPROCESSABLE_ENTITY, "Query too big",
                "The query needs more memory than the database allows a transaction: " + message, code);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    /** Neo4j's status code, when Neo4j stopped the query. */
    String code() {
        return code;
    }
}
