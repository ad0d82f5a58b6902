package org.wbcyber.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The schema script and the model documentation are generated from the model and must not drift from it. */
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
