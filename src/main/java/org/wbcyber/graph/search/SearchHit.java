package org.wbcyber.graph.search;

import java.util.List;

/** A node whose names match, with every name it goes by and the country it belongs to. */
public record SearchHit(String id, String label, String name, String acronym, String kind, List<String> names,
        String country, double score) {
}
