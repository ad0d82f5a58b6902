package org.wbcyber.graph.cooperation;

import java.util.List;

import org.wbcyber.graph.provenance.Statement;

/** A chain from one actor to another: the nodes in order and, between each two, the statement that links them. */
public record CooperationPath(int hops, List<Node> nodes, List<Statement> statements) {

    public record Node(String id, String label, String name, String acronym) {
    }
}
