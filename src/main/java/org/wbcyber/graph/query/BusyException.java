package org.wbcyber.graph.query;

import java.time.Duration;

/** A request waited longer than the time limit for its {@link Turns turn}: the server is busy with others like it. */
public class BusyException extends RuntimeException {

    private final Duration waited;

    BusyException(String work, String setting, int atOnce, Duration waited, Throwable cause) {
        super("The server is busy: it builds at most " + atOnce + " " + work + " at once (" + setting
                + ") and this request waited " + waited.toMillis() + " ms (wbcg.query.timeout) without getting a "
                + "turn. Try again shortly, or narrow the request (fewer hops, fewer nodes).", cause);
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
