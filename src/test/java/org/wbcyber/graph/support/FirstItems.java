package org.wbcyber.graph.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Checks for the answers bounded by {@code items}: the same answer asked with {@code items=1} and without. */
public final class FirstItems {

    private FirstItems() {
    }

    /**
     * {@code whole}'s list holds all {@code total} entries (the default bound is not reached), and {@code one}'s
     * holds the first of them, or none when there are none.
     */
    public static void check(String name, JsonNode wholeList, JsonNode oneList, long total) {
        assertThat((long) wholeList.size()).as(name + ": every entry").isEqualTo(total);
        assertThat(oneList.size()).as(name + ": the first entry only").isEqualTo(Math.min(1, wholeList.size()));
        assertThat(oneList.path(0)).as(name + ": the same first entry").isEqualTo(wholeList.path(0));
    }
}
