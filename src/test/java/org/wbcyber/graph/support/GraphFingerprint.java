package org.wbcyber.graph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A hash of every node (labels and properties) and every relationship (type, the ids of its ends, properties)
 * except the loader's own bookkeeping ({@code :Dataset}, whose loadedAt changes at every load). Equal
 * fingerprints mean equal graphs, whatever the internal ids.
 */
public final class GraphFingerprint {

    private GraphFingerprint() {
    }

    public static String of(Driver driver) {
        List<String> lines = dump(driver);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines.size() + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The graph as sorted lines, one per node and relationship: what the fingerprint hashes, to compare readably. */
    public static List<String> dump(Driver driver) {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("MATCH (n) WHERE NOT n:Dataset RETURN labels(n) AS labels, properties(n) AS properties")
                .execute().records().forEach(r -> lines.add("N" + sorted(r.get("labels")) + canonical(r.get("properties"))));
        driver.executableQuery("""
                MATCH (a)-[r]->(b) WHERE NOT a:Dataset AND NOT b:Dataset
                RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties""")
                .execute().records().forEach(r -> lines.add(relationship(r)));
        lines.sort(null);
        return lines;
    }

    private static String relationship(Record r) {
        return "R" + r.get("type").asString() + "(" + r.get("from") + ")->(" + r.get("to") + ")"
                + canonical(r.get("properties"));
    }

    private static String sorted(Value labels) {
        return labels.asList(Value::asString).stream().sorted().toList().toString();
    }

    private static String canonical(Value properties) {
        List<String> keys = new ArrayList<>();
        properties.keys().forEach(keys::add);
        return keys.stream().sorted().map(key -> key + "=" + properties.get(key))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
