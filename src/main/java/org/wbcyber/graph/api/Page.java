package org.wbcyber.graph.api;

import java.util.List;

/** One page of a list that can grow: {@code items} from {@code page} × {@code size}, out of {@code total}. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
