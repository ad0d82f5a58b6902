package org.wbcyber.graph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates cypher/schema.cypher from the model: a uniqueness constraint on {@code id} for every label (ids are
 * unique across the whole graph, so extra labels such as {@code Actor} get one too), a range index for every
 * {@code indexed} property, and the {@code names} full-text index over every searchable label.
 */
public final class SchemaScript {

    public static final String FULLTEXT_INDEX = "names";

    private SchemaScript() {
    }

    public static String generate(GraphModel model) {
        StringBuilder script = new StringBuilder("""
                // wb-cyber-graph schema: uniqueness constraints and indexes. GENERATED from cypher/model.yaml: edit the
                // model, then run `./mvnw -q spring-boot:run -Dspring-boot.run.arguments=generate`.
                // Idempotent (IF NOT EXISTS): run it as often as you like in Neo4j Browser, cypher-shell or any driver.
                // The application applies this very file at every start.

                // Every node has an id, unique across the graph.
                """);
        Set<String> labels = new LinkedHashSet<>();
        model.labels().values().forEach(label -> labels.addAll(label.allLabels()));
        for (String label : labels) {
            script.append("CREATE CONSTRAINT ").append(snake(label)).append("_id IF NOT EXISTS FOR (n:")
                    .append(label).append(") REQUIRE n.id IS UNIQUE;\n");
        }
        script.append("\n// Range indexes for the properties queries filter on.\n");
        for (LabelDefinition label : model.labels().values()) {
            for (PropertyDefinition property : label.properties().values()) {
                if (!property.indexed()) {
                    continue;
                }
                List<String> keys = property.type() == PropertyType.PERIOD
                        ? List.of(property.name() + "Start", property.name() + "End") : List.of(property.name());
                for (String key : keys) {
                    script.append("CREATE INDEX ").append(snake(label.name())).append('_').append(snake(key))
                            .append(" IF NOT EXISTS FOR (n:").append(label.name()).append(") ON (n.").append(key)
                            .append(");\n");
                }
            }
        }
        String searchable = model.labels().values().stream().filter(LabelDefinition::searchable)
                .map(LabelDefinition::name).collect(Collectors.joining("|"));
        script.append("""

                // Full-text search over every name, acronym, alias and local name; the standard-folding analyzer
                // ignores case and diacritics ("Mugosa" finds "Mugoša").
                CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [n.names]
                  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
                """.formatted(FULLTEXT_INDEX, searchable));
        return script.toString();
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
