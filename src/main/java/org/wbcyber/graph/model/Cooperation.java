package org.wbcyber.graph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How "who cooperates with whom" is derived, as cypher/model.yaml declares it: the labels of the contexts actors
 * share (projects, events…), the relationship types that give an actor a role in a context with the name of that
 * role, the types that link two contexts, and the type of a directly stated partnership.
 */
public record Cooperation(List<String> contexts, Map<String, String> roles, List<String> links, String direct) {

    /** The role an actor plays through a relationship of this type ("FUNDS" is "funder"), or the type itself. */
    public String roleOf(String relationshipType) {
        if (relationshipType.equals(direct)) {
            return "partner";
        }
        return roles.getOrDefault(relationshipType, relationshipType);
    }

    /** Every relationship type the derivation reads. */
    public Set<String> types() {
        Set<String> types = new LinkedHashSet<>(roles.keySet());
        types.addAll(links);
        types.add(direct);
        return types;
    }
}
