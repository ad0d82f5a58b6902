package org.wbcyber.graph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The import endpoint's settings.
 *
 * @param token the bearer token {@code POST /api/imports/{format}} requires; unset (the default), imports over
 *     HTTP are disabled and only the {@code import} command imports
 */
@ConfigurationProperties("wbcg.imports")
public record ImportProperties(String token) {
}
