package org.wbcyber.graph.query;

import org.wbcyber.graph.provenance.Statement;

/** Another node linked to the one asked about, the role that link gives, and the statement behind it. */
public record Linked(Other other, String role, Statement statement) {

    /** The node at the other end: id, label, name and, where it has them, kind and period as written. */
    public record Other(String id, String label, String name, String acronym, String kind, String period) {
    }
}
