package org.wbcyber.graph.query;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the services' own queries (partners, paths, funding, coverage, search…).
 *
 * @param timeout longest one query may run: Neo4j stops its transaction then and the request gets a 503 that
 *     says so, rather than holding a core and a connection for as long as the search takes
 * @param keptAnswers how many answers computed from the whole graph (the coverage of a region, per theme
 *     selection; the source counts) are kept until the graph changes, 0 for none; see {@link AnswerCache}
 */
@ConfigurationProperties("wbcg.query")
public record QueryProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("8") int keptAnswers) {

    public QueryProperties {
        if (keptAnswers < 0) {
            throw new IllegalArgumentException("wbcg.query.kept-answers must be 0 (keep none) or more, was "
                    + keptAnswers);
        }
    }
}
