package org.wbcyber.graph.model;

import java.util.List;

/**
 * A field of a record that names other records and so writes relationships of {@code type}: from the record to
 * them ({@code outgoing}) or from them to the record. {@code max} caps how many it may name (null: any number).
 */
public record RelationField(String name, String type, boolean outgoing, List<String> other, Integer max) {
}
