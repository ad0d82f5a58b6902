package org.wbcyber.graph.api;

/**
 * The {@code items} request parameter of the answers whose lists grow with the work recorded (a country's or an
 * actor's profile, a donor's portfolio): how many entries each list shows, next to totals that count them all.
 */
public final class Items {

    public static final int DEFAULT = 100;
    /** {@link #DEFAULT} as {@code @RequestParam(defaultValue)} needs it. */
    public static final String DEFAULT_TEXT = "" + DEFAULT;
    public static final int MAX = 1000;
    public static final String DESCRIPTION = "Most entries shown per list (1 to " + MAX + "); totals count them all.";

    private Items() {
    }

    public static int of(int items) {
        return Parameters.between("items", items, 1, MAX);
    }
}
