package org.wbcyber.graph.curation;

import java.util.List;
import java.util.Map;

/** A node ready to write: its primary label first, then its extra labels; properties include its id. */
public record NodeRow(String label, List<String> labels, String id, Map<String, Object> properties) {
}
