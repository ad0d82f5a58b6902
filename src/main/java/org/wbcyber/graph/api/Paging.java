package org.wbcyber.graph.api;

import java.util.Map;

/** Validated {@code page} (from 0) and {@code size} (1 to 200) request parameters. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public static Paging of(int page, int size) {
        if (page < 0) {
            throw new BadParameterException("page", "is " + page + "; pages count from 0.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "is " + size + "; accepted values: 1 to " + MAX_SIZE + ".");
        }
        return new Paging(page, size);
    }

    public long skip() {
        return (long) page * size;
    }

    /** The query parameters {@code skip} and {@code limit}. */
    public Map<String, Object> parameters() {
        return Map.of("skip", skip(), "limit", size);
    }
}
