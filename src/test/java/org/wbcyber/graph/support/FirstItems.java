package org.wbcyber.graph.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Checks for the answers bounded by {@code items}: the same answer asked with {@code items=1} and without. */
public final class FirstItems {

    private FirstItems() {
    }

    /** An answer asked without {@code items} and with {@code items=1}. */
    public record Asked(JsonNode whole, JsonNode one) {
    }

    /**
     * Asks {@code path} both ways; the answer with {@code items=1} says so and counts the same {@code totals}.
     */
    public static Asked ask(Api api, String path) {
        JsonNode whole = api.ok(path);
        JsonNode one = api.ok(path + (path.contains("?") ? "&" : "?") + "items=1");
        assertThat(one.path("items").asInt()).as(path + " with items=1").isEqualTo(1);
        assertThat(one.path("totals")).as(path + ": the same totals").isNotEmpty().isEqualTo(whole.path("totals"));
        return new Asked(whole, one);
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
