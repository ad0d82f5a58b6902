package org.wbcyber.graph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.wbcyber.graph.cypher.CypherScript;
import org.wbcyber.graph.cypher.CypherStatement;

import tools.jackson.databind.json.JsonMapper;

/**
 * The read queries of the services, one file each under {@code cypher/queries/}: the very files an analyst opens
 * in Neo4j Browser (their {@code :param} lines give example values and are skipped here). They are read once, at
 * startup, and run with parameters only, in read transactions that a cluster routes to its readers. Results are
 * the map projections the queries return, bound to records by name. Each runs under {@link QueryProperties#timeout()},
 * tagged with its name, so that {@code SHOW TRANSACTIONS} tells an operator which one is running.
 */
@Component
public class GraphQueries {

    static final String LOCATION = "classpath*:cypher/queries/*.cypher";

    private final Driver driver;
    private final JsonMapper json;
    private final Map<String, String> queries;
    private final QueryProperties limits;
    private final WithinLimit withinLimit = new WithinLimit();
    private final SessionConfig session;

    @Autowired
    public GraphQueries(Driver driver, JsonMapper json, QueryProperties limits) {
        this(driver, json, limits, LOCATION);
    }

    GraphQueries(Driver driver, JsonMapper json, QueryProperties limits, String location) {
        this.driver = driver;
        this.json = json;
        this.limits = limits;
        this.queries = load(location);
        this.session = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build();
    }

    private static Map<String, String> load(String location) {
        Map<String, String> queries = new TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(location)) {
                List<CypherStatement> statements = CypherScript.parse(file);
                if (statements.size() != 1) {
                    throw new IllegalStateException("cypher/queries/" + file.getFilename()
                            + " must hold exactly one statement, found " + statements.size());
                }
                queries.put(file.getFilename().replaceFirst("\\.cypher$", ""), statements.get(0).text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    /** The text of a named query, as the application runs it. */
    public String text(String name) {
        String query = queries.get(name);
        if (query == null) {
            throw new IllegalArgumentException("No query cypher/queries/" + name + ".cypher; known: " + queries.keySet());
        }
        return query;
    }

    /**
     * Runs the query in a read session (a cluster routes it to a reader), with the bookmarks of the application's
     * other queries, retried on transient errors only within the time limit ({@link WithinLimit}).
     *
     * @throws QueryTimedOutException when Neo4j stops the query at the time limit, or the limit is spent on retries
     */
    public List<Record> read(String name, Map<String, Object> parameters) {
        String text = text(name);
        try {
            return withinLimit.run(name, limits.timeout(), left -> {
                TransactionConfig config = TransactionConfig.builder().withTimeout(left)
                        .withMetadata(Map.<String, Object>of("app", "wb-cyber-graph", "query", name)).build();
                try (Session reads = driver.session(session)) {
                    return reads.run(text, parameters, config).list();
                }
            });
        } catch (ClientException e) {
            if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
                throw new QueryTimedOutException(name, limits.timeout(), e);
            }
            throw e;
        }
    }

    /** Every row, each bound to {@code type} by column name. */
    public <T> List<T> list(String name, Map<String, Object> parameters, Class<T> type) {
        return read(name, parameters).stream().map(row -> bind(row.asMap(), type)).toList();
    }

    /** Every row's one column bound to {@code type}. */
    public <T> List<T> column(String name, Map<String, Object> parameters, Class<T> type) {
        return read(name, parameters).stream().map(row -> bind(row.get(0).asObject(), type)).toList();
    }

    public <T> Optional<T> one(String name, Map<String, Object> parameters, Class<T> type) {
        return list(name, parameters, type).stream().findFirst();
    }

    /** A value of a result (a map projection, a list…) bound to {@code type}. */
    public <T> T bind(Object value, Class<T> type) {
        return json.convertValue(value, type);
    }
}
