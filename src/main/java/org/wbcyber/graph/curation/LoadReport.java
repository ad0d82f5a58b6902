package org.wbcyber.graph.curation;

import java.util.Map;

/**
 * What a load did, or would do in a dry run: node and relationship counts created, updated (properties
 * changed), unchanged and removed (in the database but no longer in the data), and the result per label/type.
 */
public record LoadReport(boolean dryRun, String inputHash, Counts nodes, Counts relationships,
        Map<String, Long> nodesByLabel, Map<String, Long> relationshipsByType) {

    public record Counts(long created, long updated, long unchanged, long removed) {

        public boolean changesNothing() {
            return created == 0 && updated == 0 && removed == 0;
        }

        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + removed + " removed";
        }
    }

    public boolean changesNothing() {
        return nodes.changesNothing() && relationships.changesNothing();
    }

    @Override
    public String toString() {
        return (dryRun ? "Dry run, nothing written. Would write" : "Loaded") + " the curated data (inputs "
                + inputHash.substring(0, 12) + "):\n  nodes: " + nodes + "\n  relationships: " + relationships
                + "\n  by label: " + nodesByLabel + "\n  by type: " + relationshipsByType;
    }
}
