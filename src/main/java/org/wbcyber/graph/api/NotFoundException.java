package org.wbcyber.graph.api;

/** The request names something the graph does not hold: answered 404, naming it. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("No " + what + " with id '" + id + "' in the graph.");
    }

    public NotFoundException(String message) {
        super(message);
    }
}
