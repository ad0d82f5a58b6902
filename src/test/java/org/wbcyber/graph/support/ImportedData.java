package org.wbcyber.graph.support;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * Undoes imports in tests that share the curated graph: every node and relationship an import wrote carries its
 * dataset ({@code <format>:<file>}), and each import leaves a Dataset node with that id.
 */
public final class ImportedData {

    private ImportedData() {
    }

    /** Deletes what the imports of these formats wrote (e.g. "csv", "gci"), and their Dataset nodes. */
    public static void remove(Driver driver, String... formats) {
        Map<String, Object> prefixes = Map.of("prefixes", List.of(formats).stream().map(f -> f + ":").toList());
        driver.executableQuery("""
                MATCH ()-[r]->() WHERE any(p IN $prefixes WHERE r.dataset STARTS WITH p) DELETE r""")
                .withParameters(prefixes).execute();
        driver.executableQuery("""
                MATCH (n) WHERE any(p IN $prefixes WHERE n.dataset STARTS WITH p) DETACH DELETE n""")
                .withParameters(prefixes).execute();
        driver.executableQuery("""
                MATCH (d:Dataset) WHERE any(p IN $prefixes WHERE d.id STARTS WITH p) DELETE d""")
                .withParameters(prefixes).execute();
    }
}
