package org.wbcyber.graph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.ingest.CsvTemplateReader;
import org.wbcyber.graph.ingest.ImportReader;
import org.wbcyber.graph.ingest.ImportRecord;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.ModelReader;

/** The synthetic generator's files are the CSV templates, deterministic, scaled and skewed — no Spring, no database. */
class SyntheticGraphTest {

    private static GraphModel model;

    @BeforeAll
    static void model() throws IOException {
        model = ModelReader.read(Files.readString(Path.of("cypher/model.yaml")));
    }

    @Test
    void theFilesParseAsTheTemplatesWithEveryRowCitingASourceAndAQuote(@TempDir Path dir) throws IOException {
        SyntheticGraph.Counts counts = new SyntheticGraph(0.01, 42).write(dir);
        List<ImportRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        read(dir, records, problems);

        assertThat(problems).isEmpty();
        Map<String, Long> nodes = new TreeMap<>();
        records.stream().filter(r -> r instanceof ImportRecord.Node).map(r -> ((ImportRecord.Node) r).label())
                .forEach(label -> nodes.merge(label, 1L, Long::sum));
        // each file's reading starts with the Source of the file itself
        assertThat(nodes).containsEntry("Organisation", (long) counts.actors())
                .containsEntry("Project", (long) counts.projects()).containsEntry("Event", (long) counts.events())
                .containsEntry("Source", (long) counts.sources() + SyntheticGraph.FILES.size());
        assertThat(records.stream().filter(r -> r instanceof ImportRecord.Link).count())
                .isEqualTo(counts.relationships());

        List<ImportRecord> cited = records.stream()
                .filter(r -> !(r instanceof ImportRecord.Node node && node.label().equals("Source"))).toList();
        assertThat(cited).allSatisfy(record -> assertThat(record.evidence()).singleElement().satisfies(e -> {
            assertThat(e.source()).startsWith("syn-source-");
            assertThat(e.quote()).isNotBlank();
        }));
        assertThat(records).allSatisfy(record -> {
            if (record instanceof ImportRecord.Node node) {
                assertThat(node.id()).startsWith(node.label().equals("Source") ? "" : "syn-");
            }
        });
    }

    @Test
    void termsAndRelationshipTypesAreTheModels(@TempDir Path dir) throws IOException {
        new SyntheticGraph(0.01, 42).write(dir);
        List<ImportRecord> records = new ArrayList<>();
        read(dir, records, new ArrayList<>());
        for (ImportRecord record : records) {
            if (record instanceof ImportRecord.Node node && node.label().equals("Organisation")) {
                assertThat(model.vocabulary("organisationKind").contains((String) node.properties().get("kind")))
                        .as(node.id()).isTrue();
            } else if (record instanceof ImportRecord.Link link) {
                assertThat(model.relationships()).containsKey(link.type());
                if (link.type().equals("HAS_THEME")) {
                    assertThat(model.vocabulary("theme").contains(link.toId())).as(link.toId()).isTrue();
                }
            }
        }
    }

    @Test
    void countsScaleLinearly(@TempDir Path small, @TempDir Path large) throws IOException {
        SyntheticGraph.Counts one = new SyntheticGraph(0.01, 42).write(small);
        SyntheticGraph.Counts two = new SyntheticGraph(0.02, 42).write(large);

        assertThat(one.actors()).isEqualTo(100);
        assertThat(two.actors()).isEqualTo(200);
        assertThat((double) two.projects() / one.projects()).isBetween(1.8, 2.2);
        assertThat((double) two.events() / one.events()).isBetween(1.8, 2.2);
        assertThat((double) two.relations() / one.relations()).isBetween(1.7, 2.3);
        // SF 1 ≈ 100,000 relationships, so SF 0.01 ≈ 1,000
        assertThat(one.relations()).isBetween(700, 1300);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        new SyntheticGraph(0.01, 42).write(a);
        new SyntheticGraph(0.01, 42).write(b);
        new SyntheticGraph(0.01, 7).write(c);
        for (String file : SyntheticGraph.FILES) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
        assertThat(Files.readAllBytes(c.resolve("relations.csv")))
                .isNotEqualTo(Files.readAllBytes(a.resolve("relations.csv")));
        assertThat(Files.readAllBytes(c.resolve("actors.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("actors.csv")));
    }

    @Test
    void aFewActorsHoldMuchOfTheRelations(@TempDir Path dir) throws IOException {
        SyntheticGraph.Counts counts = new SyntheticGraph(0.05, 42).write(dir);
        Map<String, Integer> degree = new TreeMap<>();
        List<ImportRecord> records = new ArrayList<>();
        read(dir, records, new ArrayList<>());
        records.stream().filter(r -> r instanceof ImportRecord.Link link && link.fromId().startsWith("syn-org-")
                && !link.type().equals("BASED_IN")).forEach(r -> degree.merge(((ImportRecord.Link) r).fromId(), 1,
                        Integer::sum));
        int total = degree.values().stream().mapToInt(Integer::intValue).sum();
        int top = counts.actors() / 100;
        int topSum = degree.values().stream().sorted(Comparator.reverseOrder()).limit(top)
                .mapToInt(Integer::intValue).sum();
        // uniform participation would give the top 1% about 1% of the relations
        assertThat((double) topSum / total).isGreaterThan(0.15);
    }

    private static void read(Path dir, List<ImportRecord> records, List<Problem> problems) throws IOException {
        CsvTemplateReader reader = new CsvTemplateReader(model);
        for (String file : SyntheticGraph.FILES) {
            try (InputStream input = Files.newInputStream(dir.resolve(file))) {
                reader.read(file, input, ImportReader.collecting(records::add, problems::add));
            }
        }
    }
}
