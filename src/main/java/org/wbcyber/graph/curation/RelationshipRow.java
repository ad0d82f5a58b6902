package org.wbcyber.graph.curation;

import java.util.Map;

/** A relationship ready to write, its ends named by label and id. */
public record RelationshipRow(String type, String fromLabel, String fromId, String toLabel, String toId,
        Map<String, Object> properties) {
}
