package org.wbcyber.graph.model;

/** One term of a vocabulary: its id as written in the data, a display name and what it means. */
public record Term(String id, String name, String description) {
}
