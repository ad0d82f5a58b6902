package org.wbcyber.graph.curation;

import org.wbcyber.graph.model.Position;

/** One thing wrong with the curated data: where, which field, what. */
public record Problem(Position position, String field, String message) {

    @Override
    public String toString() {
        return position + ": " + (field == null ? "" : field + ": ") + message;
    }
}
