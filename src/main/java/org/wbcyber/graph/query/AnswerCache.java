package org.wbcyber.graph.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.wbcyber.graph.system.Futures;

/**
 * Answers computed from the whole graph, kept until it changes. An aggregate such as the coverage matrix reads
 * every project of a region (seconds at the scale of IATI data) to give everybody the same answer; it is computed
 * once per {@link GraphChanges#version() version} of the graph and key, and requests that come while it is being
 * computed wait for that computation rather than start their own (which is what filled the heap when 32 program
 * officers opened the matrix at once). Up to {@code capacity} keys are kept, the least recently used dropped
 * first. A failed computation (a timeout) is not kept. With changes unseen (a remote server), or a capacity of 0,
 * every call computes.
 */
public final class AnswerCache<K, V> {

    private final GraphChanges changes;
    private final int capacity;
    private final Map<K, Kept<V>> kept;

    /** {@code capacity} 0 keeps nothing: every call computes. */
    public AnswerCache(GraphChanges changes, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        this.changes = changes;
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The answer for {@code key} at the graph's current version, computed by {@code compute} on this thread when
     * no other has it or is computing it. The version is read before computing, so a write during the computation
     * makes the next call compute again.
     */
    public V get(K key, Supplier<V> compute) {
        OptionalLong version = changes.version();
        if (version.isEmpty() || capacity == 0) {
            return compute.get();
        }
        Kept<V> entry;
        boolean mine = false;
        synchronized (kept) {
            entry = kept.get(key);
            if (entry == null || entry.version != version.getAsLong()) {
                entry = new Kept<>(version.getAsLong(), new CompletableFuture<>());
                kept.put(key, entry);
                mine = true;
            }
        }
        if (mine) {
            try {
                entry.answer.complete(compute.get());
            } catch (RuntimeException | Error failed) {
                synchronized (kept) {
                    kept.remove(key, entry);
                }
                entry.answer.completeExceptionally(failed);
                throw failed;
            }
        }
        return Futures.join(entry.answer);
    }

    private record Kept<V>(long version, CompletableFuture<V> answer) {
    }
}
