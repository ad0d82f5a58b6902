package org.wbcyber.graph.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.ModelReader;

/**
 * Every class of mistake in a data file is reported with the file, the line and the field, all of them in one
 * run, and nothing is produced for loading. The model is the real one; the data and the source text are small
 * fixtures.
 */
class CuratedDataValidationTest {

    private static final String SOURCE_TEXT = "The Alpha Agency, based in Serbia, funds the Beta project "
            + "(2019-2023) with the European Union. Quotes use “curly” marks.";

    private static final String SOURCES = """
            Source:
              - {id: doc, file: doc.txt, kind: document, title: A document}
              - {id: reference, kind: reference, title: Reference data}
            Country:
              - {id: RS, name: Serbia, evidence: [{source: reference, quote: "ISO 3166-1 alpha-2: RS"}]}
            Region:
              - {id: EU, name: European Union, evidence: [{source: doc, quote: "the European Union"}]}
            """;

    private static String modelText;
    private static GraphModel model;

    @BeforeAll
    static void readModel() throws Exception {
        modelText = Files.readString(Path.of("cypher/model.yaml"));
        model = ModelReader.read(modelText);
    }

    private static CuratedGraph read(String data) {
        List<CuratedFiles.TextFile> files = new ArrayList<>();
        files.add(new CuratedFiles.TextFile("cypher/data/a-sources.yaml", SOURCES));
        files.add(new CuratedFiles.TextFile("cypher/data/test.yaml", data));
        return new CuratedDataReader(model).read(new CuratedFiles(
                new CuratedFiles.TextFile("cypher/model.yaml", modelText), files, Map.of("doc.txt", SOURCE_TEXT)));
    }

    private static List<String> problems(String data) {
        try {
            read(data);
        } catch (CurationException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the data was accepted");
    }

    private static final String VALID = """
            source: doc
            Organisation:
              - id: alpha
                name: Alpha Agency
                kind: government-body
                evidence: ["The Alpha Agency"]
                country:
                  - {ref: RS, quote: "The Alpha Agency, based in Serbia"}
            Project:
              - id: beta
                name: Beta project
                period: 2019/2023
                evidence: ["the Beta project (2019-2023)"]
                funders:
                  - {ref: alpha, quote: "funds the Beta project"}
                  - {ref: EU, evidence: [{source: doc, quote: "with the European Union"}]}
                themes:
                  - {ref: policy-strategy, quote: "funds the Beta project"}
            """;

    @Test
    void validDataBecomesNodesAndRelationshipsWithTheirProvenance() {
        CuratedGraph graph = read(VALID);

        NodeRow beta = graph.nodes().stream().filter(n -> n.id().equals("beta")).findFirst().orElseThrow();
        assertThat(beta.properties()).containsEntry("period", "2019/2023")
                .containsEntry("periodStart", java.time.LocalDate.of(2019, 1, 1))
                .containsEntry("periodEnd", java.time.LocalDate.of(2023, 12, 31))
                .containsEntry("sources", List.of("doc"))
                .containsEntry("quotes", List.of("the Beta project (2019-2023)"))
                .containsEntry("names", List.of("Beta project"))
                .containsEntry("dataset", "curated");
        assertThat(graph.relationships()).anySatisfy(r -> {
            assertThat(List.of(r.fromLabel(), r.fromId(), r.type(), r.toLabel(), r.toId()))
                    .containsExactly("Region", "EU", "FUNDS", "Project", "beta");
            assertThat(r.properties()).containsEntry("quotes", List.of("with the European Union"));
        });
        NodeRow alpha = graph.nodes().stream().filter(n -> n.id().equals("alpha")).findFirst().orElseThrow();
        assertThat(alpha.labels()).containsExactly("Organisation", "Actor");
        assertThat(graph.nodeCounts()).containsEntry("Theme", (long) model.themes().terms().size());
    }

    static Stream<Arguments> mistakes() {
        String organisation = """
                source: doc
                Organisation:
                  - id: alpha
                    name: Alpha Agency
                    kind: government-body
                    evidence: ["The Alpha Agency"]
                """;
        String project = """
                source: doc
                Project:
                  - id: beta
                    name: Beta project
                    evidence: ["the Beta project (2019-2023)"]
                """;
        return Stream.of(
                Arguments.of("unknown reference", project + """
                            funders:
                              - {ref: gamma, quote: "funds the Beta project"}
                        """, "cypher/data/test.yaml:7: funders: unknown reference 'gamma': no record has this id"),
                Arguments.of("unknown country code", organisation + """
                            country:
                              - {ref: QQ, quote: "The Alpha Agency, based in Serbia"}
                        """, "cypher/data/test.yaml:8: country: unknown country code 'QQ'"),
                Arguments.of("target of the wrong label", organisation + """
                            country:
                              - {ref: alpha, quote: "The Alpha Agency, based in Serbia"}
                        """, "cypher/data/test.yaml:8: country: 'alpha' is a Organisation; country takes Country, Region"),
                Arguments.of("unknown kind", organisation.replace("government-body", "think-tank"),
                        "cypher/data/test.yaml:5: kind: unknown kind 'think-tank'; organisationKind has ministry"),
                Arguments.of("unknown theme", project + """
                            themes:
                              - {ref: cyber-stuff, quote: "funds the Beta project"}
                        """, "cypher/data/test.yaml:7: themes: unknown reference 'cyber-stuff'"),
                Arguments.of("bad date", project + "    period: 2023-13\n",
                        "cypher/data/test.yaml:6: period: bad date: '2023-13' is not a valid date"),
                Arguments.of("missing required field", organisation.replace("    kind: government-body\n", ""),
                        "cypher/data/test.yaml:3: kind: required for Organisation 'alpha'"),
                Arguments.of("missing quote", organisation + """
                            country:
                              - {ref: RS}
                        """, "cypher/data/test.yaml:8: country: missing quote: every relationship needs a source"),
                Arguments.of("missing source", organisation.replace("source: doc\n", ""),
                        "cypher/data/test.yaml:5: evidence: missing source: name it (source: <id>)"),
                Arguments.of("unknown source", organisation + """
                            country:
                              - {ref: RS, source: gazette, quote: "based in Serbia"}
                        """, "cypher/data/test.yaml:8: country: unknown source 'gazette'"),
                Arguments.of("quote not in the source", organisation + """
                            country:
                              - {ref: RS, quote: "headquartered in Belgrade"}
                        """, "cypher/data/test.yaml:8: country: quote not found in source 'doc': \"headquartered in Belgrade\""),
                Arguments.of("unknown field", organisation + "    nmae: Alpha\n",
                        "cypher/data/test.yaml:7: nmae: unknown field for Organisation; known: name, acronym"),
                Arguments.of("unknown relationship property", organisation + """
                            country:
                              - {ref: RS, since: 2020, quote: "based in Serbia"}
                        """, "cypher/data/test.yaml:8: country.since: unknown field for BASED_IN"),
                Arguments.of("wrong relationship property value", project + """
                            funders:
                              - {ref: EU, role: sponsor, quote: "with the European Union"}
                        """, "cypher/data/test.yaml:7: funders.role: unknown role 'sponsor'; fundingRole has funder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsNamedWithItsFileLineAndField(String mistake, String data, String expected) {
        assertThat(problems(data)).as(mistake).anySatisfy(problem -> assertThat(problem).startsWith(expected));
    }

    @Test
    void aDuplicateIdNamesWhereTheFirstOneIs() {
        assertThat(problems(VALID + """
                  - id: alpha
                    name: Alpha again
                    evidence: ["The Alpha Agency"]
                """)).contains("cypher/data/test.yaml:19: id: duplicate id 'alpha': already declared at "
                + "cypher/data/test.yaml:3");
    }

    @Test
    void aRecordWithoutEvidenceIsRefused() {
        assertThat(problems("""
                Organisation:
                  - {id: alpha, name: Alpha Agency, kind: ngo}
                """)).containsExactly("cypher/data/test.yaml:2: evidence: Organisation 'alpha' has no evidence: "
                + "give at least one quote from a source");
    }

    @Test
    void quotesMustBeVerbatimDownToTheQuotationMarks() {
        assertThat(problems("""
                source: doc
                Organisation:
                  - {id: alpha, name: Alpha, kind: ngo, evidence: ["Quotes use \\"curly\\" marks."]}
                """)).singleElement().asString().contains("quote not found in source 'doc'");
        assertThat(read("""
                source: doc
                Organisation:
                  - {id: alpha, name: Alpha, kind: ngo, evidence: ["Quotes   use “curly”\\n marks."]}
                """).nodes()).anyMatch(n -> n.id().equals("alpha"));
    }

    @Test
    void everyProblemOfEveryFileIsReportedInOneRun() {
        List<String> problems = problems("""
                source: doc
                Organisation:
                  - id: alpha
                    name: Alpha Agency
                    kind: think-tank
                    evidence: ["The Alpha Agency"]
                    country:
                      - {ref: QQ, quote: "The Alpha Agency, based in Serbia"}
                Project:
                  - id: beta
                    name: Beta
                    period: 2023/2019
                    evidence: ["not in the text"]
                Persn:
                  - {id: x}
                """);

        assertThat(problems).containsExactly(
                "cypher/data/test.yaml:5: kind: unknown kind 'think-tank'; organisationKind has ministry, "
                        + "government-body, cert, election-body, police, prosecution, regulator, "
                        + "data-protection-authority, court, eu-institution, intergovernmental, development-agency, "
                        + "ngo, academia, company, professional-association, other",
                "cypher/data/test.yaml:8: country: unknown country code 'QQ' (declare the country in "
                        + "cypher/data/reference.yaml)",
                "cypher/data/test.yaml:12: period: bad date: ends (2019) before it starts (2023)",
                "cypher/data/test.yaml:13: evidence: quote not found in source 'doc': \"not in the text\"",
                "cypher/data/test.yaml:14: unknown label 'Persn'; data files hold Source, Country, Region, "
                        + "Organisation, Group, Person, Project, Event, Initiative, PolicyDocument, Publication, "
                        + "Incident, Index, Indicator, Score, Theme");
    }

    @Test
    void aYamlSyntaxErrorIsReportedWithItsLine() {
        assertThat(problems("Organisation:\n  - {id: alpha, name: [unclosed\n")).singleElement().asString()
                .startsWith("cypher/data/test.yaml:3: YAML syntax error");
    }

    @Test
    void theExceptionMessageListsEveryProblemAndSaysNothingWasWritten() {
        assertThatThrownBy(() -> read("Organisation:\n  - {id: alpha, name: A, kind: x}\n"))
                .isInstanceOf(CurationException.class)
                .hasMessageStartingWith("2 problems in the curated data; nothing was written:")
                .hasMessageContaining("test.yaml:2: kind: unknown kind 'x'")
                .hasMessageContaining("test.yaml:2: evidence: Organisation 'alpha' has no evidence");
    }
}
