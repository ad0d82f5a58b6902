package org.wbcyber.graph.provenance;

import java.util.ArrayList;
import java.util.List;

/** A quote from a source document (or {@code reference}) that states a fact. */
public record Evidence(String source, String quote) {

    /** Pairs the parallel {@code sources} and {@code quotes} lists every node and relationship carries. */
    public static List<Evidence> of(List<String> sources, List<String> quotes) {
        if (sources == null || quotes == null) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>(sources.size());
        for (int i = 0; i < Math.min(sources.size(), quotes.size()); i++) {
            evidence.add(new Evidence(sources.get(i), quotes.get(i)));
        }
        return evidence;
    }
}
