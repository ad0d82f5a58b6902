package org.wbcyber.graph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.cypher.CypherScript;
import org.wbcyber.graph.model.Cooperation;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.ModelReader;

/** The query files are what analysts read: one statement each, a question on top, and the model's cooperation rules. */
class QueryFilesTest {

    private static final Pattern ROLE_TYPES = Pattern.compile("[:\\[]((?:[A-Z_]+\\|)+[A-Z_]+)");

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
            return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
        }
    }

    @Test
    void everyQueryFileHoldsOneStatementUnderACommentSayingWhatItAnswers() throws IOException {
        assertThat(queryFiles()).hasSizeGreaterThanOrEqualTo(15);
        for (Path file : queryFiles()) {
            String text = Files.readString(file);
            assertThat(text).as(file + " starts with the question it answers").startsWith("// ");
            assertThat(CypherScript.parse(text)).as(file.toString()).hasSize(1);
        }
    }

    @Test
    void theCookbookIndexListsEveryQueryFile() throws IOException {
        String index = Files.readString(Path.of("cypher/README.md"));
        for (Path file : queryFiles()) {
            assertThat(index).as("cypher/README.md lists " + file.getFileName())
                    .contains("(queries/" + file.getFileName() + ")");
        }
    }

    @Test
    void everyQueryThatDerivesCooperationUsesExactlyTheRoleTypesOfTheModel() throws IOException {
        GraphModel model = ModelReader.read(Files.readString(Path.of("cypher/model.yaml")));
        Cooperation cooperation = model.cooperation();
        Set<String> roles = cooperation.roles().keySet();
        Set<String> pathTypes = new LinkedHashSet<>(roles);
        pathTypes.add("PART_OF");
        pathTypes.add(cooperation.direct());
        int checked = 0;
        for (Path file : queryFiles()) {
            Matcher m = ROLE_TYPES.matcher(Files.readString(file));
            while (m.find()) {
                Set<String> types = new LinkedHashSet<>(Arrays.asList(m.group(1).split("\\|")));
                if (types.contains("FUNDS") && types.contains("ENDORSED")) {
                    checked++;
                    assertThat(types).as(file.getFileName() + ": " + m.group(1)).satisfiesAnyOf(
                            t -> assertThat(t).isEqualTo(roles),
                            t -> assertThat(t).isEqualTo(pathTypes));
                }
            }
        }
        assertThat(checked).as("alternations of cooperation role types found").isGreaterThanOrEqualTo(8);
    }
}
