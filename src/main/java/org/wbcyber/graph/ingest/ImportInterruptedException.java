package org.wbcyber.graph.ingest;

/** A bulk import stopped after committing some batches: the message says how much and how to resume. */
public class ImportInterruptedException extends RuntimeException {

    ImportInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
