package org.wbcyber.graph.cypher;

/** One statement of a Cypher script, with the 1-based line it starts on, for error messages. */
public record CypherStatement(String text, int line) {
}
