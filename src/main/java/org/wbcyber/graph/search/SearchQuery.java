package org.wbcyber.graph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.wbcyber.graph.api.BadParameterException;
import org.wbcyber.graph.api.Paging;

/**
 * The parameters /api/search gives {@code cypher/queries/search.cypher}; public so the benchmark sends the same.
 */
public final class SearchQuery {

    /**
     * How many of the best matches are ranked and counted: the full-text index finds its top hits quickly, but
     * reading and sorting every match of a common word (30,000 for "synthetic project" at SF 10) took 45 ms.
     */
    public static final int WINDOW = 1000;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 8;

    private SearchQuery() {
    }

    /** The query's parameters; {@code labels} null for every searchable label. */
    public static Map<String, Object> parameters(String q, List<String> labels, Paging paging) {
        if (paging.skip() >= WINDOW) {
            throw new BadParameterException("page", String.format(Locale.ROOT, "is %d, which starts after the best "
                    + "%,d matches, all that search ranks; add words or a label to narrow the search.", paging.page(),
                    WINDOW));
        }
        Map<String, Object> parameters = new HashMap<>(paging.parameters());
        parameters.put("query", lucene(q));
        parameters.put("labels", labels);
        parameters.put("window", WINDOW);
        return parameters;
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
