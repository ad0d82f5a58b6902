package org.wbcyber.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.curation.LoadScript;
import org.wbcyber.graph.support.TestDirectories;

/**
 * The schema script, the Browser style, the model documentation and the load script are generated from the model
 * and the curated data and must not drift from them.
 */
class GeneratedFilesTest {

    @Test
    void schemaScriptAndModelDocsAreWhatTheModelGenerates() throws Exception {
        GraphModel model = ModelReader.read(Files.readString(Path.of("cypher/model.yaml")));

        for (Map.Entry<String, String> file : ModelDocs.files(model).entrySet()) {
            assertThat(Files.readString(Path.of(file.getKey())))
                    .as("%s is out of date: run ./mvnw -q spring-boot:run -Dspring-boot.run.arguments=generate",
                            file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void theLoadScriptIsWhatTheCuratedDataGenerates() throws Exception {
        GraphModel model = ModelReader.read(Files.readString(Path.of("cypher/model.yaml")));

        for (Map.Entry<String, String> file : LoadScript.files(Path.of(""), model).entrySet()) {
            assertThat(Files.readString(Path.of(file.getKey())))
                    .as("%s is out of date: run ./mvnw -q spring-boot:run -Dspring-boot.run.arguments=generate",
                            file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void generateWritesNothingWhenTheCuratedDataIsInvalid() throws Exception {
        Path root = TestDirectories.fresh("generate-invalid");
        try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
            for (Path file : files.toList()) {
                Path copy = root.resolve(file.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Files.writeString(root.resolve("cypher/model.yaml"), Files.readString(root.resolve("cypher/model.yaml"))
                .replace("  Country: {color: '#4C8EDA', size: 65, caption: name}", "  Country: {color: '#4C8EDA', size: 66, caption: name}"));
        Files.writeString(root.resolve("cypher/data/broken.yaml"), "Organisation:\n  - {id: no-evidence, name: X, kind: other}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new GenerateCommand(List.of(LoadScript::files)).run(root, new PrintStream(out), new PrintStream(err));

        assertThat(exit).isEqualTo(GenerateCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("Nothing generated, no file changed")
                .contains("cypher/data/broken.yaml").contains("has no evidence");
        assertThat(out.toString()).isEmpty();
        for (String file : List.of("cypher/style.grass", "docs/model.md", LoadScript.FILE)) {
            Path path = Path.of(file);
            assertThat(root.resolve(file)).as(file).satisfiesAnyOf(
                    generated -> assertThat(generated).doesNotExist(),
                    generated -> assertThat(generated).hasSameTextualContentAs(path));
        }
    }

    @Test
    void theStyleHasANodeRuleWithColourSizeAndCaptionForEveryLabel() throws Exception {
        GraphModel model = ModelReader.read(Files.readString(Path.of("cypher/model.yaml")));
        String grass = StyleSheet.generate(model);

        assertThat(grass).startsWith("node {").contains("relationship {\n")
                .contains("node.Country {\n  color: #4C8EDA;\n  border-color: #4078B9;\n  text-color-internal: #FFFFFF;\n"
                        + "  diameter: 65px;\n  caption: '{name}';\n}\n")
                .contains("relationship.HOLDS_ROLE {\n  caption: '{title}';\n}")
                .doesNotContain("/*", "//", "\"");
        model.labels().keySet().forEach(label -> assertThat(grass).contains("node." + label + " {\n"));
    }

    @Test
    void aStyleForAnUnknownLabelOrAMissingStyleIsRejected() {
        String model = """
                labels:
                  Source: {properties: {title: {type: string}}}
                  Theme: {properties: {name: {type: string}}}
                  Project: {properties: {name: {type: string}}}
                relationships: {}
                vocabularies: {theme: {a: A}}
                cooperation: {contexts: [Project], roles: {}, direct: NONE}
                style:
                  labels:
                    Source: {color: '#A5ABB6', size: 40, caption: title}
                    Theme: {color: 'blue', size: 400, caption: label}
                    Projekt: {color: '#57C7E3', size: 60, caption: name}
                  relationships:
                    FUNDS: {caption: amount}
                """;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelReader.read(model))
                .hasMessageContaining("style.labels: unknown label Projekt")
                .hasMessageContaining("style.labels: no style for label Project")
                .hasMessageContaining("style.labels.Theme: color must be #rrggbb, found blue")
                .hasMessageContaining("style.labels.Theme: size must be a whole number of pixels from 10 to 150")
                .hasMessageContaining("style.labels.Theme: caption must be id or a property of Theme, found label")
                .hasMessageContaining("style.relationships: unknown relationship type FUNDS");
    }

    @Test
    void everyLabelGetsAUniqueIdAndSearchableLabelsShareOneFullTextIndex() throws Exception {
        GraphModel model = ModelReader.read(Files.readString(Path.of("cypher/model.yaml")));
        String schema = SchemaScript.generate(model);

        assertThat(schema).contains("CREATE CONSTRAINT policy_document_id IF NOT EXISTS FOR (n:PolicyDocument) "
                + "REQUIRE n.id IS UNIQUE;")
                .contains("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;")
                .contains("CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.dateStart);")
                .contains("CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Country|Region|Organisation|Group|Person|")
                .contains("'standard-folding'");
    }

    @Test
    void aModelThatNamesAnUnknownRelationshipTypeIsRejectedWithTheLine() {
        String model = """
                labels:
                  Source: {properties: {title: {type: string}}}
                  Theme: {properties: {name: {type: string}}}
                  Project:
                    relations:
                      funders: {type: FUNDZ, direction: in, other: [Source]}
                relationships: {}
                vocabularies: {theme: {a: A}}
                """;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelReader.read(model))
                .hasMessageContaining("model.yaml:6: Project.funders: unknown relationship type FUNDZ");
    }
}
