package org.wbcyber.graph.query;

/** The country or region something is based in or took place in. */
public record Place(String id, String name) {
}
