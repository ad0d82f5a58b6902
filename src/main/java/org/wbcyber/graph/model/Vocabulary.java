package org.wbcyber.graph.model;

import java.util.Map;

public record Vocabulary(String name, Map<String, Term> terms) {

    public boolean contains(String term) {
        return terms.containsKey(term);
    }
}
