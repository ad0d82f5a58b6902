package org.wbcyber.graph.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes a synthetic graph as the CSV import templates ({@code sources}, {@code actors}, {@code projects},
 * {@code events}, {@code relations}; docs/importing.md), so that the real ingest path can be measured at scale
 * (docs/benchmarks.md). Scale factor 1 is about 10,000 actors and 100,000 rows of relations.
 *
 * <p>Deterministic: the same scale and seed give byte-identical files — one seeded {@link SplittableRandom} drawn
 * in a fixed order, lists instead of hash-ordered collections, {@code \n} line endings. Every id starts with
 * {@code syn-} so that it never meets a curated id; countries are curated ones, because a template's
 * {@code country} must name a Country of the graph (the templates cannot create countries).
 *
 * <p>Participation is skewed the way real cooperation is: donors, implementers and event participants are drawn
 * Zipf-like by rank, so a few organisations appear in many projects and events and most in one or two.
 */
public final class SyntheticGraph {

    /** Actors, projects and events per unit of scale; relations follow from the draws below (≈ 100,000). */
    static final int ACTORS = 10_000;
    static final int PROJECTS = 3_000;
    static final int EVENTS = 4_000;
    static final int SOURCES = 5;
    private static final List<String> SOURCE_IDS = IntStream.rangeClosed(1, SOURCES)
            .mapToObj(SyntheticGraph::source).toList();

    /**
     * Curated countries (cypher/data/reference.yaml) — Norway's {@code NO} left out, since YAML 1.1 readers take
     * it for {@code false}.
     */
    static final List<String> COUNTRIES = List.of("AL", "BA", "ME", "MK", "RS", "XK", "HU", "EE", "DE", "IT", "TR",
            "FR", "FI", "SE", "LU", "LT", "PT", "PL", "RU", "UA", "BE", "CH", "MC", "AD", "ES", "NL", "SR", "BR", "DK",
            "LV", "BY");
    /** The Western Balkans six, where most beneficiaries and national bodies are. */
    private static final List<String> REGION = List.of("AL", "BA", "ME", "MK", "RS", "XK");

    // Terms of cypher/model.yaml's vocabularies, by the part an organisation plays.
    private static final List<String> DONOR_KINDS = List.of("development-agency", "intergovernmental",
            "eu-institution", "ministry");
    private static final List<String> IMPLEMENTER_KINDS = List.of("ngo", "company", "academia",
            "development-agency", "intergovernmental", "professional-association");
    private static final List<String> NATIONAL_KINDS = List.of("ministry", "government-body", "cert",
            "election-body", "police", "prosecution", "regulator", "data-protection-authority", "court", "academia",
            "ngo", "company", "other");
    private static final List<String> THEMES = List.of("policy-strategy", "incident-response",
            "critical-infrastructure", "cybercrime", "organised-crime", "skills-awareness", "e-government",
            "trust-services", "data-protection", "elections", "international-cooperation", "internet-governance",
            "digital-economy", "connectivity", "defence", "civic-engagement");
    private static final List<String> EVENT_TYPES = List.of("workshop", "roundtable", "forum", "conference",
            "panel", "exercise", "meeting", "training");
    private static final List<String> PARTICIPANT_ROLES = List.of("participant", "speaker", "trainer", "observer");

    /** Shares of the actors: donors first, then implementers, the rest national bodies. */
    private static final double DONOR_SHARE = 0.05;
    private static final double IMPLEMENTER_SHARE = 0.20;
    /** Zipf exponent of the draws: about 1 gives the long tail of real participation. */
    private static final double ZIPF = 1.1;

    /** How many rows each file got. */
    public record Counts(int sources, int actors, int projects, int events, int relations, int impliedLinks) {

        /** Relationships the import writes: the relations rows and the country/theme/project columns' links. */
        public int relationships() {
            return relations + impliedLinks;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d sources, %d actors, %d projects, %d events, %d relations rows "
                    + "(+ %d links from country/themes/project columns = %d relationships)", sources, actors,
                    projects, events, relations, impliedLinks, relationships());
        }
    }

    /** The file names, in import order. */
    public static final List<String> FILES = List.of("sources.csv", "actors.csv", "projects.csv", "events.csv",
            "relations.csv");

    private final double scale;
    private final long seed;

    public SyntheticGraph(double scale, long seed) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, not " + scale);
        }
        this.scale = scale;
        this.seed = seed;
    }

    /** Writes the five files into {@code directory} (created if absent, files replaced). */
    public Counts write(Path directory) throws IOException {
        Files.createDirectories(directory);
        SplittableRandom random = new SplittableRandom(seed);
        int actors = Math.max(10, (int) Math.round(ACTORS * scale));
        int projects = Math.max(2, (int) Math.round(PROJECTS * scale));
        int events = Math.max(2, (int) Math.round(EVENTS * scale));
        int donors = Math.max(1, (int) Math.round(actors * DONOR_SHARE));
        int implementers = Math.max(1, (int) Math.round(actors * IMPLEMENTER_SHARE));
        int implied = 0;

        try (Csv out = new Csv(directory.resolve("sources.csv"), "id,title,kind,publisher,published,description")) {
            for (int i = 1; i <= SOURCES; i++) {
                out.row(source(i), "Synthetic report " + i, "document", "Synthetic publisher",
                        Integer.toString(2015 + i), "Made up by the synthetic generator (seed " + seed + ")");
            }
        }

        String[] country = new String[actors + 1];
        try (Csv out = new Csv(directory.resolve("actors.csv"), "id,name,acronym,kind,country,source,quote")) {
            for (int i = 1; i <= actors; i++) {
                String kind = i <= donors ? pick(random, DONOR_KINDS)
                        : i <= donors + implementers ? pick(random, IMPLEMENTER_KINDS) : pick(random, NATIONAL_KINDS);
                // national bodies are mostly in the region; donors and implementers anywhere
                country[i] = i > donors + implementers && random.nextInt(4) > 0 ? pick(random, REGION)
                        : pick(random, COUNTRIES);
                String name = "Synthetic " + kind.replace('-', ' ') + " " + i;
                out.row(actor(i), name, "SYN" + i, kind, country[i], pick(random, SOURCE_IDS),
                        "The " + name + " based in " + country[i] + " works on cybersecurity");
                implied++;
            }
        }

        int[] projectStart = new int[projects + 1];
        try (Csv out = new Csv(directory.resolve("projects.csv"),
                "id,name,start,end,budgetText,budgetAmount,budgetCurrency,themes,status,source,quote")) {
            for (int i = 1; i <= projects; i++) {
                int start = 2010 + random.nextInt(15);
                int end = start + 1 + random.nextInt(5);
                projectStart[i] = start;
                List<String> themes = distinct(random, THEMES, 1 + random.nextInt(3));
                long budget = 50_000L * (1 + random.nextInt(200));
                String status = end < 2025 ? "completed" : "ongoing";
                out.row(project(i), "Synthetic project " + i, start + "-" + month(random), end + "-" + month(random),
                        "EUR " + budget, Long.toString(budget), "EUR", String.join("|", themes), status,
                        pick(random, SOURCE_IDS), "Synthetic project " + i + " runs from " + start + " to " + end);
                implied += themes.size();
            }
        }

        Zipf donorDraw = new Zipf(donors);
        Zipf implementerDraw = new Zipf(implementers);
        Zipf actorDraw = new Zipf(actors);
        int relations = 0;
        try (Csv eventsOut = new Csv(directory.resolve("events.csv"),
                "id,name,type,start,end,city,country,project,themes,source,quote");
             Csv out = new Csv(directory.resolve("relations.csv"), "from,type,to,role,start,end,source,quote")) {
            for (int i = 1; i <= projects; i++) {
                String source = pick(random, SOURCE_IDS);
                for (int donor : draws(random, donorDraw, 1 + random.nextInt(3), 0)) {
                    int year = projectStart[i] + random.nextInt(3);
                    out.row(actor(donor), "FUNDS", project(i), random.nextInt(5) == 0 ? "co-financer" : "funder",
                            Integer.toString(year), "", source,
                            "Synthetic donor " + donor + " funds synthetic project " + i + " from " + year);
                    relations++;
                }
                int count = 1 + random.nextInt(4);
                boolean first = true;
                for (int implementer : draws(random, implementerDraw, count, donors)) {
                    out.row(actor(implementer), "IMPLEMENTS", project(i), first ? "lead" : "partner", "", "",
                            source, "Synthetic body " + implementer + " implements synthetic project " + i);
                    first = false;
                    relations++;
                }
                for (String beneficiary : distinct(random, REGION, 1 + random.nextInt(3))) {
                    out.row(project(i), "BENEFITS", beneficiary, "", "", "", source,
                            "Synthetic project " + i + " benefits " + beneficiary);
                    relations++;
                }
            }
            for (int i = 1; i <= events; i++) {
                int year = 2012 + random.nextInt(13);
                String date = year + "-" + month(random) + "-" + String.format(Locale.ROOT, "%02d",
                        1 + random.nextInt(28));
                String type = pick(random, EVENT_TYPES);
                String held = pick(random, REGION);
                boolean inProject = random.nextInt(3) > 0;
                String partOf = inProject ? project(1 + random.nextInt(projects)) : "";
                String theme = pick(random, THEMES);
                String source = pick(random, SOURCE_IDS);
                eventsOut.row(event(i), "Synthetic " + type + " " + i, type, date, "", "Synthetic city " + held, held,
                        partOf, theme, source, "The synthetic " + type + " " + i + " took place on " + date);
                implied += 2 + (inProject ? 1 : 0);
                boolean host = true;
                for (int organiser : draws(random, actorDraw, 1 + random.nextInt(2), 0)) {
                    out.row(actor(organiser), "ORGANISED", event(i), host ? "host" : "co-organiser", "", "", source,
                            "Synthetic body " + organiser + " organised synthetic event " + i);
                    host = false;
                    relations++;
                }
                // participants: mostly 5-25 organisations, now and then a large conference
                int participants = 5 + random.nextInt(21) + (random.nextInt(10) == 0 ? 40 : 0);
                for (int participant : draws(random, actorDraw, participants, 0)) {
                    out.row(actor(participant), "PARTICIPATES_IN", event(i), pick(random, PARTICIPANT_ROLES), "",
                            "", source, "Synthetic body " + participant + " took part in synthetic event " + i);
                    relations++;
                }
            }
        }
        return new Counts(SOURCES, actors, projects, events, relations, implied);
    }

    static String source(int i) {
        return "syn-source-" + i;
    }


    static String actor(int i) {
        return "syn-org-" + i;
    }

    static String project(int i) {
        return "syn-project-" + i;
    }

    static String event(int i) {
        return "syn-event-" + i;
    }

    private static String month(SplittableRandom random) {
        return String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12));
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code count} different values (fewer if there are not so many), in the order drawn. */
    private static <T> List<T> distinct(SplittableRandom random, List<T> values, int count) {
        Set<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, values.size())) {
            chosen.add(pick(random, values));
        }
        return new ArrayList<>(chosen);
    }

    /**
     * {@code count} different actor numbers drawn by rank ({@code offset} + rank), in the order drawn; distinct so
     * that no relation row repeats another.
     */
    private static List<Integer> draws(SplittableRandom random, Zipf zipf, int count, int offset) {
        Set<Integer> chosen = new LinkedHashSet<>();
        int wanted = Math.min(count, zipf.size());
        while (chosen.size() < wanted) {
            chosen.add(offset + zipf.next(random));
        }
        return new ArrayList<>(chosen);
    }

    /** Ranks 1..n with probability proportional to 1 / rank^{@link #ZIPF}, by binary search of the cumulative weights. */
    private static final class Zipf {

        private final double[] cumulative;

        Zipf(int n) {
            cumulative = new double[n];
            double sum = 0;
            for (int rank = 1; rank <= n; rank++) {
                sum += 1 / Math.pow(rank, ZIPF);
                cumulative[rank - 1] = sum;
            }
        }

        int size() {
            return cumulative.length;
        }

        int next(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, target);
            return (index >= 0 ? index : -index - 1) + 1;
        }
    }

    /** A CSV file: a header, then rows, values quoted only when they hold a comma, a quote or a line break. */
    private static final class Csv implements AutoCloseable {

        private final Writer writer;

        Csv(Path file, String header) throws IOException {
            writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            writer.write(header);
            writer.write('\n');
        }

        void row(String... values) throws IOException {
            writer.write(Arrays.stream(values).map(Csv::cell).collect(Collectors.joining(",")));
            writer.write('\n');
        }

        private static String cell(String value) {
            return value.contains(",") || value.contains("\"") || value.contains("\n")
                    ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
