package org.wbcyber.graph.ingest.ncsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcyber.graph.model.ModelReader;

/** The NCSI-to-theme mapping: indicators inherit their category's themes, and a wrong mapping is refused whole. */
class NcsiThemesTest {

    private static final Set<String> THEMES = Set.of("incident-response", "international-cooperation", "cybercrime",
            "policy-strategy");
    private static NcsiPage serbia;

    @BeforeAll
    static void page() throws Exception {
        serbia = new NcsiParser().parse("002.txt", Files.readString(NcsiParserTest.SEED, StandardCharsets.UTF_8));
    }

    private static String everyCategory(String theme) {
        StringBuilder yaml = new StringBuilder("categories:\n");
        for (int i = 1; i <= 12; i++) {
            yaml.append("  \"").append(i).append("\": [").append(theme).append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void anIndicatorTakesItsCategorysThemesUnlessListed() {
        NcsiThemes themes = NcsiThemes.read("m.yaml", everyCategory("incident-response")
                + "indicators:\n  \"4.1\": [cybercrime, international-cooperation]\n", serbia, THEMES);

        NcsiPage.Category four = serbia.categories().get(3);
        assertThat(themes.ofIndicator(four, four.indicators().get(0))).containsExactly("cybercrime",
                "international-cooperation");
        assertThat(themes.ofIndicator(four, four.indicators().get(3))).containsExactly("incident-response");
    }

    @Test
    void unknownThemesMalformedCodesAndUnmappedCategoriesAreAllReportedWithTheirLines() {
        String yaml = """
                categories:
                  "1": [policy-strategy]
                  "2": [incident-responce]
                  "x": [cybercrime]
                indicators:
                  "9": [cybercrime]
                """;

        assertThatThrownBy(() -> NcsiThemes.read("m.yaml", yaml, serbia, THEMES))
                .hasMessageContaining("m.yaml:3: category 2: unknown theme 'incident-responce'")
                .hasMessageContaining("m.yaml:4: 'x' is not a valid category code like \"9\"")
                .hasMessageContaining("m.yaml:6: '9' is not a valid indicator code like \"9.2\"")
                .hasMessageContaining("m.yaml: category 3 has no themes")
                .hasMessageContaining("m.yaml: category 12 has no themes");
    }

    @Test
    void theCommittedMappingCoversEveryCategoryOfTheSeedWithThemesOfTheVocabulary() throws Exception {
        String yaml = Files.readString(Path.of("cypher/mappings/ncsi-themes.yaml"), StandardCharsets.UTF_8);
        Set<String> vocabulary = ModelReader.read(Files.readString(Path.of("cypher/model.yaml"), StandardCharsets.UTF_8))
                .vocabulary("theme").terms().keySet();

        NcsiThemes themes = NcsiThemes.read("ncsi-themes.yaml", yaml, serbia, vocabulary);

        assertThat(themes.categories()).hasSize(12);
        assertThat(themes.ofCategory("9")).containsExactly("incident-response");
    }
}
