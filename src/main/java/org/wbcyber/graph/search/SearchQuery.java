package org.wbcyber.graph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.wbcyber.graph.api.BadParameterException;

/** The Lucene query /api/search sends to the {@code names} index; public so the benchmark sends the same. */
public final class SearchQuery {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 8;

    private SearchQuery() {
    }

    /**
     * A Lucene query from plain words: each word must match a name, or the start of one. Only letters and digits
     * reach Lucene, so no input can smuggle in Lucene syntax.
     */
    public static String lucene(String q) {
        List<String> clauses = new ArrayList<>();
        for (String word : NOT_A_WORD.split(q == null ? "" : q.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && clauses.size() < MAX_WORDS) {
                clauses.add("(" + word + " OR " + word + "*)");
            }
        }
        if (clauses.isEmpty()) {
            throw new BadParameterException("q", "has no letters or digits to search for.");
        }
        return String.join(" AND ", clauses);
    }
}
