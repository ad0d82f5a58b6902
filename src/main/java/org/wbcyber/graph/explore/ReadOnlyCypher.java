package org.wbcyber.graph.explore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.BadParameterException;
import org.wbcyber.graph.cypher.CypherScript;

/**
 * Runs a user's Cypher, read-only, within limits. Three lines of defence: the query must hold one statement; its
 * plan ({@code EXPLAIN}) must pass {@link ReadOnlyPolicy}; and it runs in a transaction of a READ session, which
 * Neo4j itself refuses to let write ("Writing in read access mode not allowed"). Neo4j stops the transaction at
 * the timeout, server-side; only {@code maxRows} rows are pulled from the stream.
 *
 * <p>The user's query is the statement itself, so it is sent as the query text (after {@code EXPLAIN} for the
 * check); everything else the user sends travels as parameters.
 */
@Service
class ReadOnlyCypher {

    private static final String EXPLAIN = "EXPLAIN ";

    /** The end nodes of relationships the rows hold without them, so the graph can be drawn. */
    private static final String NODES_BY_ID = "MATCH (n) WHERE elementId(n) IN $ids RETURN n";

    /** Where Neo4j says an error is: {@code (line 1, column 9 (offset: 8))}. */
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

    /** Neo4j's classifications of errors in the query or its parameters. */
    private static final List<String> USER_ERRORS = List.of("Neo.ClientError.Statement.",
            "Neo.ClientError.Procedure.", "Neo.ClientError.Schema.", "Neo.ClientError.Request.");

    private final Driver driver;
    private final CypherProperties limits;
    private final ReadOnlyPolicy policy;

    ReadOnlyCypher(Driver driver, CypherProperties limits) {
        this.driver = driver;
        this.limits = limits;
        this.policy = new ReadOnlyPolicy(limits.procedures());
    }

    CypherResult run(CypherRequest request) {
        String query = query(request.query());
        Duration timeout = timeout(request.timeoutMs());
        int maxRows = maxRows(request.maxRows());
        Map<String, Object> parameters = parameters(request.parameters());
        // A fresh transaction per request: the timeout runs from its start, and unlike executeRead it is not
        // retried, so a query never runs longer than the limit.
        TransactionConfig config = TransactionConfig.builder()
                .withTimeout(timeout)
                .withMetadata(Map.of("app", "wb-cyber-graph /api/cypher"))
                .build();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
                Transaction tx = session.beginTransaction(config)) {
            policy.refusal(tx.run(EXPLAIN + query, parameters).consume()).ifPresent(reason -> {
                throw CypherException.refused(reason);
            });
            return read(tx, query, parameters, maxRows);
        } catch (ClientException e) {
            throw translate(e, timeout);
        } catch (TransientException e) {
            if (e.code() != null && e.code().contains("OutOfMemory")) {
                throw CypherException.tooBig(e.code(), e.getMessage());
            }
            throw e;
        }
    }

    private static CypherResult read(Transaction tx, String query, Map<String, Object> parameters, int maxRows) {
        Result result = tx.run(query, parameters);
        List<String> columns = result.keys();
        ResultGraph graph = new ResultGraph();
        List<List<Object>> rows = new ArrayList<>();
        while (rows.size() < maxRows && result.hasNext()) {
            rows.add(result.next().values().stream().map(graph::convert).toList());
        }
        boolean truncated = result.hasNext();
        List<String> missing = List.copyOf(graph.missingEnds());
        if (!missing.isEmpty()) {
            graph.add(tx.run(NODES_BY_ID, Map.of("ids", missing)).list(row -> row.get("n").asNode()));
        }
        return new CypherResult(columns, rows, truncated, rows.size(), graph.graph());
    }

    private String query(String query) {
        if (query == null || query.isBlank()) {
            throw new BadParameterException("query", "is missing or empty; send one Cypher statement.");
        }
        if (query.length() > limits.maxQueryLength()) {
            throw new BadParameterException("query", "is " + query.length() + " characters long; at most "
                    + limits.maxQueryLength() + " are accepted.");
        }
        int statements = CypherScript.parse(query).size();
        if (statements == 0) {
            throw new BadParameterException("query", "holds only comments; send one Cypher statement.");
        }
        if (statements > 1) {
            throw CypherException.refused("the query holds " + statements + " statements separated by ';' and only one "
                    + "runs per request");
        }
        return query;
    }

    private Duration timeout(Integer timeoutMs) {
        long limit = limits.timeout().toMillis();
        if (timeoutMs == null) {
            return limits.timeout();
        }
        if (timeoutMs < 1 || timeoutMs > limit) {
            throw new BadParameterException("timeoutMs", "is " + timeoutMs + "; accepted: 1 to " + limit
                    + " (the server's limit).");
        }
        return Duration.ofMillis(timeoutMs);
    }

    private int maxRows(Integer maxRows) {
        if (maxRows == null) {
            return limits.maxRows();
        }
        if (maxRows < 1 || maxRows > limits.maxRows()) {
            throw new BadParameterException("maxRows", "is " + maxRows + "; accepted: 1 to " + limits.maxRows()
                    + " (the server's limit).");
        }
        return maxRows;
    }

    /** JSON numbers beyond what Neo4j holds are refused here rather than failing inside the driver. */
    private static Map<String, Object> parameters(Map<String, Object> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, value) -> values.put(name, parameter(name, value)));
        }
        return values;
    }

    private static Object parameter(String path, Object value) {
        if (value instanceof BigInteger number) {
            if (number.bitLength() >= Long.SIZE) {
                throw new BadParameterException("parameters", "'" + path + "' is " + number
                        + ", beyond Neo4j's 64-bit integers.");
            }
            return number.longValue();
        }
        if (value instanceof BigDecimal number) {
            return number.doubleValue();
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                items.add(parameter(path + "[" + i + "]", list.get(i)));
            }
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((key, item) -> entries.put(String.valueOf(key), parameter(path + "." + key, item)));
            return entries;
        }
        return value;
    }

    /** What the user can act on becomes a {@link CypherException}; anything else (a lost connection…) stays. */
    private static RuntimeException translate(ClientException e, Duration timeout) {
        String code = e.code() == null ? "" : e.code();
        if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
            return CypherException.timedOut(timeout, code);
        }
        if (code.equals("Neo.ClientError.Statement.AccessMode")) {
            return CypherException.refused("the query writes (" + e.getMessage() + ")");
        }
        if (USER_ERRORS.stream().anyMatch(code::startsWith)) {
            return CypherException.failed(code, withoutExplain(e.getMessage()));
        }
        return e;
    }

    /**
     * Neo4j's syntax errors quote the line at fault with a caret under the spot and give its position, all
     * counting the {@code EXPLAIN } put before the user's query; this puts them back where the user wrote them.
     */
    static String withoutExplain(String message) {
        if (message == null) {
            return "";
        }
        Matcher position = POSITION.matcher(message);
        if (!position.find()) {
            return message;
        }
        int line = Integer.parseInt(position.group(1));
        int column = Integer.parseInt(position.group(2));
        int offset = Integer.parseInt(position.group(3));
        if (offset < EXPLAIN.length()) {
            return message;
        }
        boolean firstLine = line <= 1;
        String fixed = message.substring(0, position.start())
                + "(line " + line + ", column " + (firstLine ? Math.max(1, column - EXPLAIN.length()) : column)
                + " (offset: " + (offset - EXPLAIN.length()) + "))" + message.substring(position.end());
        if (!firstLine) {
            return fixed;
        }
        String quoted = "\"" + EXPLAIN;
        int echo = fixed.indexOf(quoted);
        if (echo < 0) {
            return fixed;
        }
        fixed = fixed.substring(0, echo + 1) + fixed.substring(echo + quoted.length());
        int caret = fixed.indexOf('^', echo);
        int padding = fixed.lastIndexOf('\n', caret) + 1;
        if (caret >= 0 && padding > 0 && caret - padding >= EXPLAIN.length()) {
            fixed = fixed.substring(0, padding) + fixed.substring(padding + EXPLAIN.length());
        }
        return fixed;
    }
}
