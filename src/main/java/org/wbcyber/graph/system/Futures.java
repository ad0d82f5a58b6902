package org.wbcyber.graph.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work handed to another thread, waited for as if it had run on this one. */
public final class Futures {

    private Futures() {
    }

    /** The result, or the failure thrown as it was thrown on the other thread (not wrapped). */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
