package org.wbcyber.graph.search;

import java.util.List;

/**
 * A page of search hits, as {@link org.wbcyber.graph.api.Page}, out of {@code total} ranked matches; {@code more}
 * when further matches exist beyond the {@link SearchQuery#WINDOW best} that search ranks.
 */
record SearchPage(List<SearchHit> items, int page, int size, long total, boolean more) {
}
