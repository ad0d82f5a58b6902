package org.wbcyber.graph.model;

/** Where something is written: a file and a 1-based line. */
public record Position(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
