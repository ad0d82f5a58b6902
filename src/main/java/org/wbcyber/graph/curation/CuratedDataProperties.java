package org.wbcyber.graph.curation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the curated data comes from and when it is loaded.
 *
 * @param location the cypher folder holding model.yaml, data/ and sources/: {@code classpath:cypher/} (what was
 *     built) or e.g. {@code file:./cypher/} to load edits without rebuilding
 * @param loadOnStart {@code if-changed}: load when the database lacks the curated data or holds an older version
 *     of it (compared by a hash of the files); {@code always}; or {@code never} (use the {@code load} command)
 */
@ConfigurationProperties("wbcg.curated")
public record CuratedDataProperties(
        @DefaultValue("classpath:cypher/") String location,
        @DefaultValue("if-changed") LoadOnStart loadOnStart) {

    public enum LoadOnStart {
        IF_CHANGED, ALWAYS, NEVER
    }
}
