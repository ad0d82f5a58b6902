package org.wbcyber.graph.query;

import java.time.Duration;

/** A service query ran longer than {@link QueryProperties#timeout()} and Neo4j stopped it. */
public class QueryTimedOutException extends RuntimeException {

    private final String query;
    private final Duration limit;

    public QueryTimedOutException(String query, Duration limit, Throwable cause) {
        super("The query cypher/queries/" + query + ".cypher ran longer than the limit of " + limit.toMillis()
                + " ms (wbcg.query.timeout) and was stopped. Narrow the request (fewer hops, a period, a theme, "
                + "a smaller page) or ask the operator to raise the limit.", cause);
        this.query = query;
        this.limit = limit;
    }

    public String query() {
        return query;
    }

    public Duration limit() {
        return limit;
    }
}
