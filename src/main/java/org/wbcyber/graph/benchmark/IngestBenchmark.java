package org.wbcyber.graph.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.neo4j.driver.Driver;
import org.wbcyber.graph.curation.Period;
import org.wbcyber.graph.curation.ValidateCommand;
import org.wbcyber.graph.ingest.ImportOptions;
import org.wbcyber.graph.ingest.ImportReport;
import org.wbcyber.graph.ingest.ImportService;
import org.wbcyber.graph.ingest.InitialStore;
import org.wbcyber.graph.system.Directories;
import org.wbcyber.graph.synthetic.SyntheticGraph;

/**
 * Ingest rate, in relationships per second, of four ways to write the synthetic graph into a fresh embedded
 * database holding the curated data: the bulk path ({@code import csv … --bulk}), a new store built by
 * {@code initial-store} (Neo4j's offline importer) and started, the normal import (one
 * transaction per file) and the code a typical Spring Data Neo4j user writes (find both ends, add the
 * relationship to the entity, save it, one row at a time). Times include everything the command does for the
 * file: reading, validation against the model and the graph, writing.
 */
final class IngestBenchmark implements Benchmark {

    /** What one way of writing achieved at one scale; {@code note} says when it is a sample, extrapolated. */
    record Figure(String path, double scale, long relationships, double seconds, String note) {

        double perSecond() {
            return relationships / seconds;
        }
    }

    record Settings(List<Double> scales, Path dir, long seed, int naiveRows, int normalMaxRows, String pageCache,
            double warmup, Set<String> paths) {
    }

    static final List<String> PATHS = List.of("bulk", "initial", "normal", "naive");

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String usage() {
        return """
                ingest [--scales=1,10] [--dir=target/benchmark] [--seed=42] [--naive-rows=2000]
                       [--normal-max-rows=200000] [--page-cache=1GB] [--warmup=0.01]
                       [--paths=bulk,initial,normal,naive]
                    writes the synthetic graph at each scale into fresh embedded databases under dir, by the bulk
                    path, a new store built by initial-store (Neo4j's offline importer) and first started, the
                    normal import and naive Spring Data Neo4j saves (a sample of naive-rows relations; the normal
                    import's relations file cut to normal-max-rows rows), and prints relationships/s; leaves
                    dir/db-sf<scale>-bulk with the whole graph for the other parts; first, the same paths at the
                    warm-up scale (0: none), not reported; paths: only those named""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Settings settings;
        try {
            settings = settings(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage());
            return 2;
        }
        if (settings.warmup() > 0) {
            // The JIT and Neo4j's caches warm up on a small graph first, so that no path pays for them alone.
            out.println("Warm-up at SF " + scaleName(settings.warmup()) + " (the same paths, figures discarded)");
            measure(settings.warmup(), new Settings(List.of(settings.warmup()), settings.dir(), settings.seed(),
                    Math.min(settings.naiveRows(), 100), settings.normalMaxRows(), settings.pageCache(), 0,
                    settings.paths()),
                    new PrintStream(java.io.OutputStream.nullOutputStream()));
            Directories.delete(settings.dir().resolve("db-sf" + scaleName(settings.warmup()) + "-bulk"));
        }
        List<Figure> figures = new ArrayList<>();
        for (double scale : settings.scales()) {
            figures.addAll(measure(scale, settings, out));
        }
        out.println();
        out.println(table(figures));
        return 0;
    }

    static Settings settings(List<String> args) {
        List<Double> scales = List.of(1.0, 10.0);
        Path dir = Path.of("target", "benchmark");
        long seed = 42;
        int naiveRows = 2000;
        int normalMaxRows = 200_000;
        String pageCache = "1GB";
        double warmup = 0.01;
        Set<String> paths = new LinkedHashSet<>(PATHS);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value = equals < 0 ? "" : arg.substring(equals + 1);
            try {
                switch (name) {
                    case "--scales" -> scales = List.of(value.split(",")).stream().map(Double::parseDouble).toList();
                    case "--dir" -> dir = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--naive-rows" -> naiveRows = Integer.parseInt(value);
                    case "--normal-max-rows" -> normalMaxRows = Integer.parseInt(value);
                    case "--page-cache" -> pageCache = value;
                    case "--warmup" -> warmup = Double.parseDouble(value);
                    case "--paths" -> paths = paths(value);
                    default -> throw new IllegalArgumentException("ingest does not take " + arg + ".");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Bad " + arg + ": give a number.");
            }
        }
        if (scales.stream().anyMatch(scale -> !(scale > 0)) || naiveRows < 1 || normalMaxRows < 1 || warmup < 0) {
            throw new IllegalArgumentException("Scales, --naive-rows and --normal-max-rows must be positive, "
                    + "--warmup positive or 0 (none).");
        }
        return new Settings(scales, dir, seed, naiveRows, normalMaxRows, pageCache, warmup, paths);
    }

    /** The named paths, in the order they are measured. */
    private static Set<String> paths(String value) {
        List<String> named = List.of(value.split(","));
        named.stream().filter(path -> !PATHS.contains(path)).findFirst().ifPresent(path -> {
            throw new IllegalArgumentException("Unknown path '" + path + "' in --paths: give some of "
                    + String.join(", ", PATHS) + ".");
        });
        Set<String> paths = new LinkedHashSet<>(PATHS);
        paths.retainAll(named);
        return paths;
    }

    static String scaleName(double scale) {
        return scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale);
    }

    private List<Figure> measure(double scale, Settings settings, PrintStream out) {
        String sf = scaleName(scale);
        Path files = settings.dir().resolve("synthetic-sf" + sf);
        SyntheticGraph.Counts counts;
        try {
            Directories.delete(files);
            counts = new SyntheticGraph(scale, settings.seed()).write(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("SF " + sf + ": " + counts);
        List<Figure> figures = new ArrayList<>();
        if (settings.paths().contains("bulk")) {
            figures.add(bulk(scale, files, settings, out));
        }
        if (settings.paths().contains("initial")) {
            figures.add(initial(scale, files, settings, out));
        }
        if (settings.paths().contains("normal")) {
            figures.add(normal(scale, files, counts, settings, out));
        }
        if (settings.paths().contains("naive")) {
            figures.add(naive(scale, files, counts, settings, out));
        }
        return figures;
    }

    private Figure bulk(double scale, Path files, Settings settings, PrintStream out) {
        out.println("SF " + scaleName(scale) + ", bulk path (import csv <file> --bulk):");
        try (BenchmarkDatabase database = database(scale, "bulk", settings)) {
            Timed timed = importAll(database, files, SyntheticGraph.FILES, bulkOptions(), out);
            return new Figure("bulk", scale, timed.relationships(), timed.seconds(), "");
        }
    }

    /**
     * The initial store's figure is comparable with the bulk path's, which imports into a database already started
     * with the curated data: its time is the build plus what its first start costs beyond starting a new database
     * with the curated data (the schema's indexes populated, the curated data filled in), both measured here.
     */
    private Figure initial(double scale, Path files, Settings settings, PrintStream out) {
        String sf = scaleName(scale);
        out.println("SF " + sf + ", initial store (initial-store <dir> <files>: Neo4j's offline importer), then the "
                + "application's first start on it:");
        Path empty = settings.dir().resolve("db-sf" + sf + "-empty");
        Path store = settings.dir().resolve("db-sf" + sf + "-initial");
        Directories.delete(store);
        try {
            long emptyStarted = System.nanoTime();
            try (BenchmarkDatabase database = database(scale, "empty", settings)) {
                database.bean(Driver.class).executableQuery("CALL db.awaitIndexes(600)").execute();
            }
            double emptyStart = (System.nanoTime() - emptyStarted) / 1e9;
            InitialStore initial = InitialStore.of(ValidateCommand.DEFAULT_LOCATION);
            double cpuBefore = cpuSeconds();
            InitialStore.Built built = initial.build(store, SyntheticGraph.FILES.stream().map(files::resolve)
                    .toList(), line -> {
                    });
            double buildCpu = cpuSeconds() - cpuBefore;
            long started = System.nanoTime();
            try (BenchmarkDatabase database = BenchmarkDatabase.start(store, false, settings.pageCache())) {
                database.bean(Driver.class).executableQuery("CALL db.awaitIndexes(600)").execute();
            }
            double firstStart = (System.nanoTime() - started) / 1e9;
            double seconds = built.seconds() + Math.max(0, firstStart - emptyStart);
            out.printf(Locale.ROOT, "  build %,d relationships %8.1f s (checked and prepared %.1f s, Neo4j's importer "
                    + "%.1f s) %,10.0f rel/s %8.1f CPU s%n", built.relationships(), built.seconds(),
                    built.checkSeconds(), built.importSeconds(), built.relationships() / built.seconds(), buildCpu);
            out.printf(Locale.ROOT, "  first start on it, indexes online %.1f s; a new database with the curated data "
                    + "%.1f s; build + the difference %.1f s %,10.0f rel/s%n", firstStart, emptyStart, seconds,
                    built.relationships() / seconds);
            return new Figure("initial", scale, built.relationships(), seconds, String.format(Locale.ROOT,
                    "build %.1f s + first start %.1f s − a new database's start %.1f s; build alone %,.0f rel/s",
                    built.seconds(), firstStart, emptyStart, built.relationships() / built.seconds()));
        } finally {
            Directories.delete(empty);
            Directories.delete(store);
        }
    }

    private Figure normal(double scale, Path files, SyntheticGraph.Counts counts, Settings settings,
            PrintStream out) {
        out.println("SF " + scaleName(scale) + ", normal import (import csv <file>, one transaction per file):");
        List<String> names = new ArrayList<>(SyntheticGraph.FILES);
        String note = "";
        if (counts.relations() > settings.normalMaxRows()) {
            String sample = "relations-first-" + settings.normalMaxRows() + ".csv";
            firstRows(files.resolve("relations.csv"), files.resolve(sample), settings.normalMaxRows());
            names.set(names.indexOf("relations.csv"), sample);
            note = String.format(Locale.ROOT, "relations.csv cut to its first %,d of %,d rows", settings.normalMaxRows(),
                    counts.relations());
        }
        try (BenchmarkDatabase database = database(scale, "normal", settings)) {
            Timed timed = importAll(database, files, names, ImportOptions.defaults(), out);
            return new Figure("normal", scale, timed.relationships(), timed.seconds(), note);
        } finally {
            Directories.delete(settings.dir().resolve("db-sf" + scaleName(scale) + "-normal"));
        }
    }

    private Figure naive(double scale, Path files, SyntheticGraph.Counts counts, Settings settings,
            PrintStream out) {
        out.println("SF " + scaleName(scale) + ", naive Spring Data Neo4j saves (nodes written by the bulk path first, "
                + "not timed):");
        try (BenchmarkDatabase database = database(scale, "naive", settings)) {
            importAll(database, files, SyntheticGraph.FILES.subList(0, 4), bulkOptions(), line -> {
            });
            NaiveIngest naive = new NaiveIngest(database.bean(Neo4jTemplate.class));
            List<CSVRecord> sample = everyNth(files.resolve("relations.csv"), counts.relations(), settings.naiveRows());
            long started = System.nanoTime();
            for (CSVRecord row : sample) {
                naive.write(row);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "  %,d relations rows (every %,d-th of relations.csv) in %.1f s%n", sample.size(),
                    Math.max(1, counts.relations() / settings.naiveRows()), seconds);
            return new Figure("naive", scale, sample.size(), seconds, String.format(Locale.ROOT,
                    "a sample of %,d of %,d relations rows; the whole file would take ≈ %,.0f s", sample.size(),
                    counts.relations(), seconds / sample.size() * counts.relations()));
        } finally {
            Directories.delete(settings.dir().resolve("db-sf" + scaleName(scale) + "-naive"));
        }
    }

    private static ImportOptions bulkOptions() {
        return ImportOptions.defaults().withBulk(true).withProgressEvery(Integer.MAX_VALUE);
    }

    private static BenchmarkDatabase database(double scale, String path, Settings settings) {
        return BenchmarkDatabase.start(settings.dir().resolve("db-sf" + scaleName(scale) + "-" + path), true,
                settings.pageCache());
    }

    private record Timed(long relationships, double seconds, double cpuSeconds) {
    }

    /**
     * CPU time of the whole process (the embedded database's threads included): the measure that other work on
     * the machine does not inflate, unlike wall time.
     */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static Timed importAll(BenchmarkDatabase database, Path files, List<String> names, ImportOptions options,
            Consumer<String> progress) {
        ImportService imports = database.bean(ImportService.class);
        long relationships = 0;
        double total = 0;
        double totalCpu = 0;
        for (String name : names) {
            long started = System.nanoTime();
            double cpuBefore = cpuSeconds();
            ImportReport report = imports.run(imports.reader("csv").orElseThrow(), files.resolve(name), options,
                    line -> {
                    });
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = cpuSeconds() - cpuBefore;
            if (!report.written()) {
                throw new IllegalStateException("The import of " + name + " wrote nothing:\n" + report);
            }
            long written = report.relationships().created() + report.relationships().updated();
            relationships += written;
            total += seconds;
            totalCpu += cpu;
            progress.accept(String.format(Locale.ROOT,
                    "  %-28s %,9d nodes %,10d relationships %8.1f s %,10.0f rel/s %8.1f CPU s", name,
                    report.nodes().created() + report.nodes().updated(), written, seconds, written / seconds, cpu));
        }
        progress.accept(String.format(Locale.ROOT, "  %-28s %9s %,16d relationships %8.1f s %,10.0f rel/s %8.1f CPU s",
                "all files", "", relationships, total, relationships / total, totalCpu));
        return new Timed(relationships, total, totalCpu);
    }

    private static Timed importAll(BenchmarkDatabase database, Path files, List<String> names, ImportOptions options,
            PrintStream out) {
        return importAll(database, files, names, options, out::println);
    }

    private static void firstRows(Path from, Path to, int rows) {
        try (var lines = Files.lines(from, StandardCharsets.UTF_8)) {
            Files.write(to, lines.limit(rows + 1L).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An even spread over the file, so that every relationship type and early and late rows are in the sample. */
    private static List<CSVRecord> everyNth(Path file, int rows, int wanted) {
        int step = Math.max(1, rows / wanted);
        List<CSVRecord> sample = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long index = 0;
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (index++ % step == 0 && sample.size() < wanted) {
                    sample.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sample;
    }

    static String table(List<Figure> figures) {
        StringBuilder text = new StringBuilder("Ingest, relationships per second (reading, validation and writing "
                + "included):\n");
        text.append(String.format(Locale.ROOT, "  %-8s %-6s %12s %10s %14s  %s%n", "path", "scale", "relationships",
                "seconds", "rel/s", "note"));
        for (Figure figure : figures) {
            text.append(String.format(Locale.ROOT, "  %-8s SF %-3s %12d %10.1f %14.0f  %s%n", figure.path(),
                    scaleName(figure.scale()), figure.relationships(), figure.seconds(), figure.perSecond(),
                    figure.note()));
        }
        for (double scale : figures.stream().map(Figure::scale).distinct().toList()) {
            double bulk = rate(figures, scale, "bulk");
            double normal = rate(figures, scale, "normal");
            double naive = rate(figures, scale, "naive");
            double initial = rate(figures, scale, "initial");
            if (!Double.isNaN(bulk + normal + naive)) {
                text.append(String.format(Locale.ROOT, "  SF %s: bulk = %.1f × normal, %.0f × naive%n",
                        scaleName(scale), bulk / normal, bulk / naive));
            }
            if (!Double.isNaN(bulk + initial)) {
                text.append(String.format(Locale.ROOT, "  SF %s: initial store = %.1f × bulk%n", scaleName(scale),
                        initial / bulk));
            }
        }
        return text.toString().stripTrailing();
    }

    private static double rate(List<Figure> figures, double scale, String path) {
        return figures.stream().filter(f -> f.scale() == scale && f.path().equals(path)).findFirst()
                .map(Figure::perSecond).orElse(Double.NaN);
    }

    /** The per-row code of a typical Spring Data Neo4j user: load both ends, add the relationship, save. */
    static final class NaiveIngest {

        private final Neo4jTemplate template;

        NaiveIngest(Neo4jTemplate template) {
            this.template = template;
        }

        void write(CSVRecord row) {
            String from = row.get("from");
            String to = row.get("to");
            List<String> sources = List.of(row.get("source"));
            List<String> quotes = List.of(row.get("quote"));
            String dataset = "naive";
            String role = row.get("role").isEmpty() ? null : row.get("role");
            switch (row.get("type")) {
                case "FUNDS", "IMPLEMENTS" -> {
                    NaiveEntities.Organisation organisation = find(from, NaiveEntities.Organisation.class);
                    NaiveEntities.Project project = find(to, NaiveEntities.Project.class);
                    Period period = row.get("start").isEmpty() ? null : Period.parse(row.get("start"));
                    NaiveEntities.ProjectRole link = new NaiveEntities.ProjectRole(sources, quotes, dataset, role,
                            period == null ? null : period.text(), period == null ? null : period.start(),
                            period == null ? null : period.end(), project);
                    (row.get("type").equals("FUNDS") ? organisation.funds : organisation.implementsProjects).add(link);
                    template.save(organisation);
                }
                case "ORGANISED", "PARTICIPATES_IN" -> {
                    NaiveEntities.Organisation organisation = find(from, NaiveEntities.Organisation.class);
                    NaiveEntities.Event event = find(to, NaiveEntities.Event.class);
                    NaiveEntities.EventRole link = new NaiveEntities.EventRole(sources, quotes, dataset, role, event);
                    (row.get("type").equals("ORGANISED") ? organisation.organised : organisation.participatesIn)
                            .add(link);
                    template.save(organisation);
                }
                case "BENEFITS" -> {
                    NaiveEntities.Project project = find(from, NaiveEntities.Project.class);
                    NaiveEntities.Country country = find(to, NaiveEntities.Country.class);
                    project.benefits.add(new NaiveEntities.CountryRole(sources, quotes, dataset, country));
                    template.save(project);
                }
                default -> throw new IllegalArgumentException("No naive mapping for " + row.get("type"));
            }
        }

        private <T> T find(String id, Class<T> type) {
            return template.findById(id, type).orElseThrow(
                    () -> new IllegalStateException("No " + type.getSimpleName() + " " + id));
        }
    }
}
