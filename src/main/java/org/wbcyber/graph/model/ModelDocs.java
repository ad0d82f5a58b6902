package org.wbcyber.graph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Generates docs/model.md from the model, so the documentation says exactly what the graph can hold. */
public final class ModelDocs {

    public static final String STYLE_FILE = "cypher/style.grass";

    private ModelDocs() {
    }

    public static String generate(GraphModel model) {
        StringBuilder md = new StringBuilder();
        md.append("""
                # The wb-cyber-graph model

                > Generated from `cypher/model.yaml` — edit the model, then run
                > `./mvnw -q spring-boot:run -Dspring-boot.run.arguments=generate`. A test fails when this page,
                > `cypher/schema.cypher` and the model disagree.

                The graph records who does what in cybersecurity and digitalisation in the Western Balkans: countries
                and regions; organisations, groups and people (all `:Actor`); projects with their funders,
                implementers and beneficiaries; events with organisers and participants; initiatives; policy
                documents; publications; incidents; index scores; and the themes all of these address. Every node
                and every relationship carries its provenance.

                ## At a glance

                ```mermaid
                flowchart LR
                """);
        Set<String> edges = new LinkedHashSet<>();
        for (LabelDefinition label : model.labels().values()) {
            for (RelationField field : label.relations().values()) {
                String others = String.join(" & ", field.other());
                edges.add(field.outgoing() ? "  " + label.name() + " -->|" + field.type() + "| " + others
                        : "  " + others + " -->|" + field.type() + "| " + label.name());
            }
        }
        edges.forEach(edge -> md.append(edge).append('\n'));
        md.append("```\n\n");
        md.append("""
                ## Provenance

                Every node and every relationship has two parallel lists: `sources` (ids of `:Source` nodes) and
                `quotes` (the words of that source which state the fact). A fact stated by two documents carries two
                entries. Facts no document states — ISO codes, which countries form the Western Balkans, EU
                membership, the theme vocabulary — come from the source `reference`, never from a document.
                `dataset` says which load wrote the fact (`curated` for `cypher/data`).

                Where does this relationship come from?

                ```cypher
                MATCH (a)-[r]->(b) WHERE elementId(r) = $elementId
                UNWIND range(0, size(r.sources) - 1) AS i
                MATCH (s:Source {id: r.sources[i]})
                RETURN a.id AS from, type(r) AS relationship, b.id AS to, s.title AS source, s.file AS file,
                       r.quotes[i] AS quote
                ```

                Dates keep the precision of the text. A property of type `period` named `P` is stored three times:
                `P` as written (`2022-07`, `2023-05-03/2023-05-05`, `2019/2023`), `PStart` and `PEnd` as dates —
                the first and the last day the text allows — so "July 2022" stays July 2022 and still answers "what
                happened in 2022?" (`WHERE n.dateStart <= date('2022-12-31') AND n.dateEnd >= date('2022-01-01')`).

                Names: searchable nodes have `names`, every name, acronym, alias and local name the documents use; the
                `names` full-text index finds them ignoring case and diacritics.

                Vagueness is kept, not resolved: actors named only collectively are `:Group` nodes ("CERTs from the
                Western Balkans"); a budget of "1.8 million" is `budgetText` and `budgetAmount` with no currency; a
                party to a project whose role the text leaves open is `PARTY_TO`, not `FUNDS` or `IMPLEMENTS`.

                """);
        md.append(cooperation(model.cooperation()));
        md.append("## Labels\n\n");
        for (LabelDefinition label : model.labels().values()) {
            md.append("### ").append(label.name());
            if (!label.extraLabels().isEmpty()) {
                md.append(" (also ").append(label.extraLabels().stream().map(l -> ":" + l)
                        .collect(Collectors.joining(", "))).append(")");
            }
            md.append("\n\n").append(oneLine(label.description())).append("\n\n");
            md.append("`id` matches `").append(label.idPattern().pattern()).append("`");
            md.append(label.curated() ? "" : "; written by the application, not by data files");
            md.append(label.evidenceRequired() || !label.curated() ? "" : "; needs no evidence (it is the evidence)");
            md.append(label.searchable() ? "; searchable (`names`)" : "").append(".\n\n");
            md.append("| Property | Type | Required | Meaning |\n| --- | --- | --- | --- |\n");
            for (PropertyDefinition property : label.properties().values()) {
                md.append(propertyRow(property));
            }
            if (!label.relations().isEmpty()) {
                md.append("\n| Field in data files | Relationship | Other end |\n| --- | --- | --- |\n");
                for (RelationField field : label.relations().values()) {
                    String others = String.join(", ", field.other());
                    md.append("| `").append(field.name()).append("` | ")
                            .append(field.outgoing() ? "(" + label.name() + ")-[:" + field.type() + "]->(…)"
                                    : "(…)-[:" + field.type() + "]->(" + label.name() + ")")
                            .append(" | ").append(others).append(field.max() == null ? "" : " (at most " + field.max() + ")")
                            .append(" |\n");
                }
            }
            md.append('\n');
        }
        md.append("## Relationship types\n\nEvery relationship also has `sources`, `quotes` and `dataset`.\n\n");
        md.append("| Type | Meaning | Properties |\n| --- | --- | --- |\n");
        for (RelationshipDefinition type : model.relationships().values()) {
            String properties = type.properties().values().stream()
                    .map(p -> "`" + p.name() + "` (" + typeName(p) + ")").collect(Collectors.joining(", "));
            md.append("| `").append(type.name()).append("` | ").append(oneLine(type.description())).append(" | ")
                    .append(properties).append(" |\n");
        }
        md.append(browserStyle(model.style()));
        md.append("\n## Vocabularies\n\n");
        Vocabulary themes = model.themes();
        md.append("### Themes\n\nThe controlled vocabulary of cyber capacity-building themes; each is a `:Theme` node, "
                + "and projects, events, initiatives, policies and publications link to the themes their text "
                + "supports (`HAS_THEME`, with the supporting quote).\n\n| Id | Theme | Meaning |\n| --- | --- | --- |\n");
        themes.terms().values().forEach(term -> md.append("| `").append(term.id()).append("` | ").append(term.name())
                .append(" | ").append(oneLine(term.description())).append(" |\n"));
        for (Vocabulary vocabulary : model.vocabularies().values()) {
            if (vocabulary == themes) {
                continue;
            }
            md.append("\n### ").append(vocabulary.name()).append("\n\n");
            md.append(usedBy(model, vocabulary.name())).append("\n\n| Term | Meaning |\n| --- | --- |\n");
            vocabulary.terms().values().forEach(term -> md.append("| `").append(term.id()).append("` | ")
                    .append(oneLine(term.description())).append(" |\n"));
        }
        return md.toString();
    }

    private static String cooperation(Cooperation cooperation) {
        StringBuilder md = new StringBuilder("""
                ## Who cooperates with whom

                Cooperation is derived, not stored (the `cooperation` section of `cypher/model.yaml`). Two actors
                (`:Actor` — organisations, groups, people, regions) cooperate when
                1. each has a role in the same context (%s), or
                2. each has a role in one of two contexts that are linked (%s: a project that organised an event, an
                   event that is part of a project), or
                3. a partnership between them is stated (`%s`).

                The weight of a pair is the number of distinct contexts (or linked pairs of contexts) they share, plus
                one for a stated partnership. Every answer lists those contexts and the statements behind each role,
                with their quotes (`GET /api/actors/{id}/partners` lists up to `evidence` of them per partner, 10 by default:
                a stated partnership first, then the latest contexts; `GET /api/network` up to ten context ids per edge;
                the weight counts them all). The roles:

                | Relationship | Role of the actor |
                | --- | --- |
                """.formatted(cooperation.contexts().stream().map(l -> ":" + l).collect(Collectors.joining(", ")),
                cooperation.links().stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")),
                cooperation.direct()));
        cooperation.roles().forEach((type, role) -> md.append("| `").append(type).append("` | ").append(role)
                .append(" |\n"));
        return md.append('\n').toString();
    }

    private static String browserStyle(Style style) {
        StringBuilder md = new StringBuilder("""

                ## In Neo4j Browser

                The `style` section of `cypher/model.yaml` says how Neo4j Browser draws each label; `generate` writes
                it as `cypher/style.grass` (a Graph Style Sheet), which the application serves at
                `/browser/style.grass` and Browser loads with `:style <url>` (see the README). Relationships show
                their type%s.

                | Label | Colour | Size | Caption |
                | --- | --- | --- | --- |
                """.formatted(style.relationshipCaptions().isEmpty() ? "" : ", except " + style.relationshipCaptions()
                .entrySet().stream().map(e -> "`" + e.getKey() + "` its `" + e.getValue() + "`")
                .collect(Collectors.joining(", "))));
        style.labels().forEach((label, labelStyle) -> md.append("| ").append(label).append(" | `")
                .append(labelStyle.color()).append("` | ").append(labelStyle.size()).append(" px | `")
                .append(labelStyle.caption()).append("` |\n"));
        return md.toString();
    }

    private static String usedBy(GraphModel model, String vocabulary) {
        List<String> users = new java.util.ArrayList<>();
        model.labels().values().forEach(label -> label.properties().values().stream()
                .filter(p -> vocabulary.equals(p.vocabulary()))
                .forEach(p -> users.add("`" + label.name() + "." + p.name() + "`")));
        model.relationships().values().forEach(type -> type.properties().values().stream()
                .filter(p -> vocabulary.equals(p.vocabulary()))
                .forEach(p -> users.add("`" + type.name() + "." + p.name() + "`")));
        return users.isEmpty() ? "" : "Used by " + String.join(", ", users) + ".";
    }

    private static String propertyRow(PropertyDefinition property) {
        return "| `" + property.name() + "` | " + typeName(property) + " | " + (property.required() ? "yes" : "")
                + " | " + oneLine(property.description()) + (property.indexed() ? " Indexed." : "") + " |\n";
    }

    private static String typeName(PropertyDefinition property) {
        return property.type() == PropertyType.TERM ? "term: " + property.vocabulary() : property.type().yamlName();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace("|", "\\|").strip();
    }

    /** Every file generated from the model, by path from the repository root. */
    public static Map<String, String> files(GraphModel model) {
        return Map.of("cypher/schema.cypher", SchemaScript.generate(model), STYLE_FILE, StyleSheet.generate(model),
                "docs/model.md", generate(model));
    }
}
