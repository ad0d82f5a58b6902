package org.wbcyber.graph.cooperation;

import java.util.List;

import org.wbcyber.graph.provenance.Statement;
import org.wbcyber.graph.query.Place;

/** The records of the partners answer. */
final class Partners {

    private Partners() {
    }

    /** A partner of the actor asked about, the weight of the pair and the evidence for it. */
    record Partner(Actor partner, long weight, List<Shared> evidence) {
    }

    record Actor(String id, String label, String name, String acronym, String kind, Place country) {
    }

    /**
     * One reason the two cooperate: the context both have a role in (through {@code via}, a context of the
     * actor linked to it, where the link is indirect), or none for a stated partnership, and the statements.
     */
    record Shared(Context context, Context via, List<Statement> statements) {
    }

    record Context(String id, String label, String name, String period) {
    }
}
