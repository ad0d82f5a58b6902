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
 * @param networksAtOnce how many network views (and brokers or communities of a focused network) are built at
 *     once, 0 for one per processor; the others wait their turn, up to {@code timeout}: a network around busy actors
 *     takes about a core-second, and built all at once they slow each other past the limit; see {@link Turns}
 */
@ConfigurationProperties("wbcg.query")
public record QueryProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("8") int keptAnswers,
        @DefaultValue("0") int networksAtOnce) {

    public QueryProperties {
        if (keptAnswers < 0) {
            throw new IllegalArgumentException("wbcg.query.kept-answers must be 0 (keep none) or more, was "
                    + keptAnswers);
        }
        if (networksAtOnce < 0) {
            throw new IllegalArgumentException("wbcg.query.networks-at-once must be 0 (one per processor) or more, "
                    + "was " + networksAtOnce);
        }
    }

    /** {@link #networksAtOnce()}, with 0 read as the processors this JVM has. */
    public int networksAtOnceOrProcessors() {
        return networksAtOnce > 0 ? networksAtOnce : Runtime.getRuntime().availableProcessors();
    }
}
