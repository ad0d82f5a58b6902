package org.wbcyber.graph.ingest;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.wbcyber.graph.curation.CuratedDataReader;
import org.wbcyber.graph.curation.CuratedFiles;
import org.wbcyber.graph.curation.CuratedGraph;
import org.wbcyber.graph.curation.NodeRow;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.curation.PropertyValues;
import org.wbcyber.graph.curation.RelationshipRow;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.LabelDefinition;
import org.wbcyber.graph.model.ModelReader;
import org.wbcyber.graph.model.PropertyDefinition;
import org.wbcyber.graph.model.RelationshipDefinition;
import org.wbcyber.graph.system.Directories;

/**
 * Builds a new embedded database from data files with Neo4j's offline importer ({@code neo4j-admin database
 * import full}): the first load of large files, several times faster than the bulk path because nothing goes
 * through transactions. The files are checked exactly as an import checks them, against the curated data and the
 * files before them, and written as the bulk path would write them into a graph that holds only the curated data:
 * same labels, properties, evidence and {@code Dataset} nodes (InitialStoreTest compares the two).
 *
 * <p>The curated nodes that the files refer to (countries, themes…) are written as bare nodes, label and id; the
 * application fills them in when it first starts on the store, as it loads the curated data. So that this load
 * cannot overwrite what the files state, a file may not restate a curated node or relationship, nor one of an
 * earlier file: those go through {@code import csv --bulk} once the application has started.
 *
 * <p>All or nothing: the store is built in a directory beside {@code dataDir} and moved into place at the end;
 * an invalid file, a failed import or an interruption leave {@code dataDir} as it was (a killed process may leave
 * the hidden staging directory, which the next run removes). Run it again to retry.
 */
public final class InitialStore {

    /** Neo4j's importer splits arrays on it; no value of ours may contain it. */
    private static final char ARRAY_DELIMITER = '\u001F';
    private static final int MAX_PROBLEMS = 100;

    private final GraphModel model;
    private final ImportCheck.Rules rules;
    private final ImportReader reader;
    private final CuratedGraph curated;

    /** What the build wrote, and where its time went. */
    public record Built(Path dataDir, long nodes, long relationships, double checkSeconds, double importSeconds) {

        public double seconds() {
            return checkSeconds + importSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Initial store %s: %,d nodes and %,d relationships (curated nodes the "
                    + "files refer to included as bare nodes, filled in at the first start) in %.1f s: checked and "
                    + "prepared for Neo4j's importer in %.1f s, imported in %.1f s.", dataDir, nodes, relationships,
                    seconds(), checkSeconds, importSeconds);
        }
    }

    /** The files are invalid: every problem found, with its file and line. Nothing was written. */
    public static final class InvalidFilesException extends RuntimeException {

        private final transient List<Problem> problems;

        InvalidFilesException(String fileName, List<Problem> problems) {
            super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + fileName
                    + "; nothing was written:\n  " + String.join("\n  ", problems.stream().map(Problem::toString)
                            .toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public InitialStore(GraphModel model, ResourceLoader resources, ImportReader reader, CuratedGraph curated) {
        this.model = model;
        this.rules = ImportCheck.Rules.of(model, resources);
        this.reader = reader;
        this.curated = curated;
    }

    /**
     * For the command line, where no application runs: the model and curated data of {@code location} (e.g.
     * {@code classpath:cypher/}), the CSV templates' reader.
     */
    public static InitialStore of(String location) {
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        String base = location.endsWith("/") ? location : location + "/";
        GraphModel model = ModelReader.read(resources.getResource(base + ModelReader.MODEL_FILE));
        CuratedGraph curated = new CuratedDataReader(model).read(CuratedFiles.load(resources, location));
        return new InitialStore(model, resources, new CsvTemplateReader(model), curated);
    }

    /**
     * Checks the files in order, then builds the database in {@code dataDir}, which must not hold one.
     *
     * @throws InvalidFilesException naming every problem of the first invalid file
     */
    public Built build(Path dataDir, List<Path> files, Consumer<String> out) {
        Path target = dataDir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Directories.isEmpty(target)) {
            throw new IllegalArgumentException(target + " is not empty: the initial store is built only into a new "
                    + "data directory (to add files to a database, use import csv <file> --bulk)");
        }
        Path staging = target.resolveSibling("." + target.getFileName() + ".initial-store");
        Directories.delete(staging);
        try {
            long started = System.nanoTime();
            Known known = new Known();
            Csv csv = new Csv(staging.resolve("csv"), known);
            try (csv) {
                for (Path file : files) {
                    file(file, known, csv, out);
                }
                csv.placeholders();
            }
            long written = System.nanoTime();
            runImporter(staging, csv, out);
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve("data"), target, StandardCopyOption.ATOMIC_MOVE);
            long imported = System.nanoTime();
            Built built = new Built(target, csv.nodeCount, csv.relationshipCount, (written - started) / 1e9,
                    (imported - written) / 1e9);
            out.accept(built.toString());
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException("Building the initial store in " + target + " failed; nothing was "
                    + "written there: " + e.getMessage(), e);
        } finally {
            Directories.delete(staging);
        }
    }

    /** The ids known before a file: the curated data's, then the earlier files'. */
    private final class Known implements ImportCheck.KnownIds {

        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, String> sourceFiles = new HashMap<>();
        private final Set<String> curatedIds = new HashSet<>();
        private final Set<List<String>> curatedLinks = new HashSet<>();
        /** The ids the files before stated. */
        private final Set<String> stated = new HashSet<>();
        /** The relationships of the files checked so far: one stated twice is a problem, as in one file. */
        private final Set<List<String>> links = new HashSet<>();

        Known() {
            for (NodeRow node : curated.nodes()) {
                labels.put(node.id(), node.label());
                curatedIds.add(node.id());
                if (node.properties().get("file") instanceof String file) {
                    sourceFiles.put(node.id(), file);
                }
            }
            for (RelationshipRow link : curated.relationships()) {
                curatedLinks.add(List.of(link.type(), link.fromId(), link.toId()));
            }
        }

        @Override
        public void lookUp(Set<String> ids, Map<String, String> found, Map<String, String> files) {
            for (String id : ids) {
                String label = labels.get(id);
                if (label != null) {
                    found.put(id, label);
                    String file = sourceFiles.get(id);
                    if (file != null) {
                        files.put(id, file);
                    }
                }
            }
        }
    }

    /**
     * One read of a file: every record checked and, as it is read, written to the importer's files; the file's own
     * Source (its first record) only once the check knows whether a record cites it. Any problem stops the build.
     */
    private void file(Path file, Known known, Csv csv, Consumer<String> out) throws IOException {
        String fileName = file.getFileName().toString();
        String dataset = reader.format() + ":" + fileName;
        out.accept("Checking " + fileName + " and preparing it for Neo4j's importer …");
        long nodesBefore = csv.nodeCount;
        long linksBefore = csv.relationshipCount;
        ImportCheck check = new ImportCheck(rules, known, known.links, reader, ImportOptions.defaults(), out);
        List<Problem> problems = new ArrayList<>();
        ImportRecord[] first = {null};
        String hash = read(file, new ImportReader.Sink() {
            private int index;

            @Override
            public void record(ImportRecord record) {
                int before = check.problems.size();
                check.record(record);
                if (index++ == 0 && record instanceof ImportRecord.Node node
                        && node.label().equals(GraphModel.SOURCE_LABEL)) {
                    first[0] = record;
                } else if (check.problems.size() == before && problems.size() < MAX_PROBLEMS) {
                    write(record, csv, known, dataset, problems);
                }
            }

            @Override
            public void problem(Problem problem) {
                check.problem(problem);
            }
        });
        check.resolve();
        if (first[0] != null && check.problems.isEmpty() && check.writes(0, first[0])) {
            write(first[0], csv, known, dataset, problems);
        }
        problems.addAll(check.problems);
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
            sorted.sort(Comparator.comparingInt((Problem p) -> p.position().line()));
            throw new InvalidFilesException(fileName, sorted.subList(0, Math.min(MAX_PROBLEMS, sorted.size())));
        }
        // What a file states is known to the files after it, as the bulk path's graph would know it.
        check.labels.forEach(known.labels::putIfAbsent);
        csv.dataset(dataset, "Import of " + fileName + " (" + reader.format() + ")", hash,
                csv.nodeCount - nodesBefore, csv.relationshipCount - linksBefore);
    }

    private static void write(ImportRecord record, Csv csv, Known known, String dataset, List<Problem> problems) {
        try {
            String problem;
            if (record instanceof ImportRecord.Node node) {
                problem = csv.node(node, dataset);
                if (problem == null && node.label().equals(GraphModel.SOURCE_LABEL)
                        && node.properties().get("file") instanceof String sourceFile) {
                    known.sourceFiles.put(node.id(), sourceFile);
                }
            } else {
                problem = csv.link((ImportRecord.Link) record, dataset);
            }
            if (problem != null) {
                problems.add(new Problem(record.position(), record instanceof ImportRecord.Node ? "id" : "type",
                        problem));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the file into {@code sink}; returns the SHA-256 of its bytes, as an import's Dataset records it. */
    private String read(Path file, ImportReader.Sink sink) {
        try (InputStream stream = Files.newInputStream(file)) {
            return InputDigest.readThrough(reader, file.getFileName().toString(), stream, Map.of(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The importer's input files: one per label and one per relationship type, each with its typed header. */
    private final class Csv implements AutoCloseable {

        private final Path dir;
        private final Map<String, BufferedWriter> nodeFiles = new TreeMap<>();
        private final Map<String, BufferedWriter> linkFiles = new TreeMap<>();
        private final Map<String, List<Column>> nodeColumns = new HashMap<>();
        private final Map<String, List<Column>> linkColumns = new HashMap<>();
        /**
         * Each node's number in the store, in the order first met: the importer takes them as node ids as they
         * are ({@code --id-type=actual}), so that it does not have to map 170,000 string ids itself.
         */
        private final Map<String, Long> numbers = new HashMap<>();
        /** Curated ids that a written relationship ends at, with their labels. */
        private final Map<String, String> placeholders = new LinkedHashMap<>();
        private final Known known;
        private boolean multiline;
        private long nodeCount;
        private long relationshipCount;

        Csv(Path dir, Known known) throws IOException {
            this.dir = Files.createDirectories(dir);
            this.known = known;
        }

        /** Writes the node, or says why the initial store cannot take it. */
        String node(ImportRecord.Node node, String dataset) throws IOException {
            if (known.curatedIds.contains(node.id())) {
                return "'" + node.id() + "' is curated data: the initial store takes new nodes only; import this file "
                        + "with import csv --bulk once the application has started on the store";
            }
            if (!known.stated.add(node.id())) {
                return "'" + node.id() + "' is stated by an earlier file too; state it once, or import this file "
                        + "with import csv --bulk afterwards";
            }
            LabelDefinition label = model.requireLabel(node.label());
            Map<String, Object> values = new HashMap<>(rules.stated(label.properties(), node.properties()));
            if (label.searchable()) {
                values.put("names", PropertyValues.names(values));
            }
            values.put("dataset", dataset);
            if (label.evidenceRequired()) {
                ImportCheck.putEvidence(node.evidence(), values);
            }
            values.put(":ID", number(node.id()));
            values.put("id", node.id());
            values.put(":LABEL", label.allLabels());
            write(nodeFiles, nodeColumns, label.name(), () -> nodeColumns(label), values);
            nodeCount++;
            return null;
        }

        /** Writes the relationship, or says why the initial store cannot take it. */
        String link(ImportRecord.Link link, String dataset) throws IOException {
            List<String> key = List.of(link.type(), link.fromId(), link.toId());
            if (known.curatedLinks.contains(key)) {
                return ImportCheck.describe(link) + " is curated data: import this file with import csv --bulk once "
                        + "the application has started on the store";
            }
            for (String end : List.of(link.fromId(), link.toId())) {
                if (known.curatedIds.contains(end)) {
                    placeholders.putIfAbsent(end, known.labels.get(end));
                }
            }
            RelationshipDefinition type = model.relationships().get(link.type());
            Map<String, Object> values = new HashMap<>(rules.stated(type.properties(), link.properties()));
            values.put("dataset", dataset);
            ImportCheck.putEvidence(link.evidence(), values);
            values.put(":START_ID", number(link.fromId()));
            values.put(":END_ID", number(link.toId()));
            write(linkFiles, linkColumns, type.name(), () -> linkColumns(type), values);
            relationshipCount++;
            return null;
        }

        void dataset(String id, String name, String hash, long nodes, long relationships) throws IOException {
            Map<String, Object> values = new HashMap<>();
            values.put(":ID", number(id));
            values.put("id", id);
            values.put(":LABEL", List.of("Dataset"));
            values.put("name", name);
            values.put("inputHash", hash);
            values.put("loadedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            values.put("nodes", nodes);
            values.put("relationships", relationships);
            values.put("status", "complete");
            write(nodeFiles, nodeColumns, "Dataset", () -> List.of(new Column(":ID", ":ID"), new Column("id", "id"),
                    new Column(":LABEL", ":LABEL"), new Column("name", "name"), new Column("inputHash", "inputHash"),
                    new Column("loadedAt", "loadedAt"), new Column("nodes", "nodes:long"),
                    new Column("relationships", "relationships:long"), new Column("status", "status")), values);
        }

        /** The curated nodes the relationships end at, bare: the first start's curated load fills them in. */
        void placeholders() throws IOException {
            for (Map.Entry<String, String> entry : placeholders.entrySet()) {
                LabelDefinition label = model.requireLabel(entry.getValue());
                write(nodeFiles, nodeColumns, label.name(), () -> nodeColumns(label),
                        Map.of(":ID", number(entry.getKey()), "id", entry.getKey(), ":LABEL", label.allLabels()));
                nodeCount++;
            }
        }

        private long number(String id) {
            Long number = numbers.get(id);
            if (number == null) {
                number = (long) numbers.size();
                numbers.put(id, number);
            }
            return number;
        }

        private List<Column> nodeColumns(LabelDefinition label) {
            List<Column> columns = new ArrayList<>(List.of(new Column(":ID", ":ID"), new Column("id", "id"),
                    new Column(":LABEL", ":LABEL"),
                    new Column("dataset", "dataset")));
            if (!label.properties().containsKey("note")) {
                columns.add(new Column("note", "note"));
            }
            if (label.searchable()) {
                columns.add(new Column("names", "names:string[]"));
            }
            if (label.evidenceRequired()) {
                columns.add(new Column("sources", "sources:string[]"));
                columns.add(new Column("quotes", "quotes:string[]"));
            }
            label.properties().values().stream().filter(p -> !p.name().equals("id"))
                    .forEach(p -> columns.addAll(columns(p)));
            return columns;
        }

        private List<Column> linkColumns(RelationshipDefinition type) {
            List<Column> columns = new ArrayList<>(List.of(new Column(":START_ID", ":START_ID"),
                    new Column(":END_ID", ":END_ID"), new Column("dataset", "dataset"),
                    new Column("sources", "sources:string[]"), new Column("quotes", "quotes:string[]")));
            type.properties().values().forEach(p -> columns.addAll(columns(p)));
            return columns;
        }

        private static List<Column> columns(PropertyDefinition property) {
            String name = property.name();
            return switch (property.type()) {
                case STRING, TEXT, TERM -> List.of(new Column(name, name));
                case LIST -> List.of(new Column(name, name + ":string[]"));
                case PERIOD -> List.of(new Column(name, name), new Column(name + "Start", name + "Start:date"),
                        new Column(name + "End", name + "End:date"));
                case NUMBER -> List.of(new Column(name, name + ":double"));
                case INTEGER -> List.of(new Column(name, name + ":long"));
                case BOOLEAN -> List.of(new Column(name, name + ":boolean"));
            };
        }

        private void write(Map<String, BufferedWriter> files, Map<String, List<Column>> columnsByName, String name,
                Supplier<List<Column>> header, Map<String, Object> values) throws IOException {
            BufferedWriter writer = files.get(name);
            if (writer == null) {
                List<Column> columns = header.get();
                columnsByName.put(name, columns);
                writer = Files.newBufferedWriter(dir.resolve((files == nodeFiles ? "nodes-" : "relationships-")
                        + name + ".csv"), StandardCharsets.UTF_8);
                writer.write(String.join(",", columns.stream().map(Column::header).toList()));
                writer.write('\n');
                files.put(name, writer);
            }
            List<Column> columns = columnsByName.get(name);
            int known = 0;
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                Object value = values.get(columns.get(i).key());
                if (value != null) {
                    known++;
                    append(line, value);
                } else if (values.containsKey(columns.get(i).key())) {
                    known++;
                }
            }
            if (known != values.size()) {
                Set<String> extra = new HashSet<>(values.keySet());
                columns.forEach(column -> extra.remove(column.key()));
                throw new IllegalStateException("No column for " + extra + " in the importer's file for " + name);
            }
            writer.append(line).append('\n');
        }

        private void append(StringBuilder line, Object value) {
            if (value instanceof String text) {
                quoted(line, text);
            } else if (value instanceof List<?> list) {
                StringBuilder joined = new StringBuilder();
                for (Object item : list) {
                    String text = item.toString();
                    if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                        throw new IllegalArgumentException("a value holds the control character U+001F: " + text);
                    }
                    if (!joined.isEmpty()) {
                        joined.append(ARRAY_DELIMITER);
                    }
                    joined.append(text);
                }
                quoted(line, joined.toString());
            } else if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
                line.append(value);
            } else {
                throw new IllegalStateException("No importer type for " + value.getClass().getName());
            }
        }

        private void quoted(StringBuilder line, String text) {
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                multiline = true;
            }
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        }

        List<String> arguments() {
            List<String> arguments = new ArrayList<>();
            nodeFiles.keySet().forEach(name -> arguments.add("--nodes=" + dir.resolve("nodes-" + name + ".csv")));
            linkFiles.keySet().forEach(name -> arguments.add("--relationships=" + name + "="
                    + dir.resolve("relationships-" + name + ".csv")));
            arguments.add("--multiline-fields=" + multiline);
            return arguments;
        }

        @Override
        public void close() throws IOException {
            for (BufferedWriter writer : Stream.concat(nodeFiles.values().stream(), linkFiles.values().stream())
                    .toList()) {
                writer.close();
            }
        }
    }

    /** Where a value goes: its key in the record's map and its column header. */
    private record Column(String key, String header) {
    }

    private static void runImporter(Path staging, Csv csv, Consumer<String> out) throws IOException {
        Path home = Files.createDirectories(staging.resolve("home"));
        Path conf = Files.createDirectories(home.resolve("conf"));
        Files.writeString(conf.resolve("neo4j.conf"), "server.directories.data=" + staging.resolve("data") + "\n"
                + "server.directories.logs=" + staging.resolve("logs") + "\n");
        List<String> arguments = new ArrayList<>(List.of("database", "import", "full",
                "--id-type=actual", "--array-delimiter=U+001F", "--report-file=" + staging.resolve("import.report"),
                "--overwrite-destination=false"));
        arguments.addAll(csv.arguments());
        arguments.add("neo4j");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status;
        try (PrintStream stdout = new PrintStream(new Lines(out), true, StandardCharsets.UTF_8);
                PrintStream stderr = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
            status = AdminTool.execute(new ExecutionContext(home, conf, stdout, stderr, InputStream.nullInputStream(),
                    new DefaultFileSystemAbstraction()), arguments.toArray(String[]::new));
        }
        if (status != 0) {
            throw new IllegalStateException("Neo4j's importer failed (exit " + status + "): "
                    + errors.toString(StandardCharsets.UTF_8).strip());
        }
    }

    /** The importer's output, line by line, to the caller's progress. */
    private static final class Lines extends OutputStream {

        private final Consumer<String> out;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Lines(Consumer<String> out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                out.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
