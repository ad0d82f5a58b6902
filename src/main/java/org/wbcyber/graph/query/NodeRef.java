package org.wbcyber.graph.query;

/** A node an answer refers to: its id and what a reader needs to recognise it. */
public record NodeRef(String id, String label, String name, String acronym, String kind) {
}
