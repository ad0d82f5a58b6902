package org.wbcyber.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.cypher.CypherScript;
import org.wbcyber.graph.support.GraphTest;
import org.yaml.snakeyaml.Yaml;

/**
 * Executable documentation: every query in cypher/queries, run with the example values of its {@code :param}
 * lines, answers what cypher/queries/expected.yaml says (the format is explained at the top of that file).
 */
@GraphTest
class QueryCookbookTest {

    private static final Path FOLDER = Path.of("cypher/queries");
    private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+)$", Pattern.MULTILINE);

    @Autowired
    Driver driver;

    static Stream<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".cypher"))
                    .map(n -> n.substring(0, n.length() - ".cypher".length())).sorted().toList().stream();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> expectations() throws IOException {
        return (Map<String, Map<String, Object>>) new Yaml().load(Files.readString(FOLDER.resolve("expected.yaml")));
    }

    @Test
    void everyQueryHasExpectationsAndEveryExpectationHasAQuery() throws IOException {
        assertThat(new TreeSet<>(expectations().keySet())).isEqualTo(new TreeSet<>(queries().toList()));
        assertThat(queries().count()).as("cookbook questions").isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersWhatTheCookbookSays(String name) throws IOException {
        String text = Files.readString(FOLDER.resolve(name + ".cypher"));
        Map<String, Object> expected = Objects.requireNonNull(expectations().get(name), "no entry for " + name);
        List<Map<String, Object>> rows = run(CypherScript.parse(text).get(0).text(), exampleParameters(text));

        if (expected.containsKey("rows")) {
            assertThat(rows).as(name + ": rows").hasSize(((Number) expected.get("rows")).intValue());
        }
        if (expected.containsKey("minRows")) {
            assertThat(rows).as(name + ": rows").hasSizeGreaterThanOrEqualTo(((Number) expected.get("minRows")).intValue());
        }
        if (expected.containsKey("first")) {
            assertThat(rows).as(name + ": rows").isNotEmpty();
            if (!matches(rows.get(0), expected.get("first"))) {
                fail("%s: the first row %s does not match %s", name, rows.get(0), expected.get("first"));
            }
        }
        for (Object wanted : list(expected.get("contains"))) {
            if (rows.stream().noneMatch(row -> matches(row, wanted))) {
                fail("%s: no row matches %s; rows were %s", name, wanted, rows);
            }
        }
        for (Object unwanted : list(expected.get("excludes"))) {
            assertThat(rows).as(name + ": rows matching " + unwanted).noneMatch(row -> matches(row, unwanted));
        }
    }

    @Test
    void theMatcherRejectsWhatDoesNotMatch() {
        Map<String, Object> row = Map.of("actor", Map.of("id", "EU", "name", "European Union"), "n", 4L,
                "ids", List.of("a", "b"), "people", List.of(Map.of("actor", Map.of("id", "x"))));

        assertThat(matches(row, Map.of("actor", "EU", "n", 4, "ids", List.of("b")))).isTrue();
        assertThat(matches(row, Map.of("people", List.of("x")))).isTrue();
        assertThat(matches(row, Map.of("actor", "EC"))).isFalse();
        assertThat(matches(row, Map.of("n", 5))).isFalse();
        assertThat(matches(row, Map.of("ids", List.of("a", "c")))).isFalse();
        assertThat(matches(row, Map.of("missing", "x"))).isFalse();
    }

    /** The :param values, evaluated by Neo4j itself so they mean exactly what they mean in Browser. */
    private Map<String, Object> exampleParameters(String text) {
        Matcher m = PARAM.matcher(text);
        List<String> entries = new ArrayList<>();
        while (m.find()) {
            entries.add("`" + m.group(1) + "`: " + m.group(2).strip());
        }
        if (entries.isEmpty()) {
            return Map.of();
        }
        return cast((Map<?, ?>) run("RETURN {" + String.join(", ", entries) + "} AS p", Map.of()).get(0).get("p"));
    }

    private List<Map<String, Object>> run(String query, Map<String, Object> parameters) {
        return driver.executableQuery(query).withParameters(parameters)
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute().records().stream()
                .map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    r.keys().forEach(k -> row.put(k, normalise(r.get(k).asObject())));
                    return row;
                }).toList();
    }

    private static Object normalise(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), normalise(v)));
            return copy;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(QueryCookbookTest::normalise).toList();
        }
        return o instanceof java.time.temporal.TemporalAccessor ? o.toString() : o;
    }

    static boolean matches(Object actual, Object expected) {
        if (expected instanceof Map<?, ?> want) {
            if (actual instanceof List<?> items) {
                return items.stream().anyMatch(item -> matches(item, want));
            }
            return actual instanceof Map<?, ?> have && want.entrySet().stream()
                    .allMatch(e -> have.containsKey(String.valueOf(e.getKey()))
                            && matches(have.get(String.valueOf(e.getKey())), e.getValue()));
        }
        if (expected instanceof List<?> want) {
            return actual instanceof List<?> have
                    && want.stream().allMatch(w -> have.stream().anyMatch(h -> matches(h, w)));
        }
        if (actual instanceof List<?> items) {
            return items.stream().anyMatch(item -> matches(item, expected));
        }
        if (actual instanceof Map<?, ?> node) {
            return node.containsKey("id") ? matches(node.get("id"), expected)
                    : node.containsKey("actor") && matches(node.get("actor"), expected);
        }
        if (actual instanceof Number a && expected instanceof Number e) {
            return Math.abs(a.doubleValue() - e.doubleValue()) < 1e-9;
        }
        return actual != null && expected != null && String.valueOf(actual).equals(String.valueOf(expected))
                || actual == null && expected == null;
    }

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
