package org.wbcyber.graph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.curation.PropertyValues;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.LabelDefinition;
import org.wbcyber.graph.model.Position;
import org.wbcyber.graph.model.PropertyDefinition;
import org.wbcyber.graph.model.RelationshipDefinition;
import org.wbcyber.graph.schema.SchemaBootstrap;
import org.wbcyber.graph.system.Futures;

/**
 * The importers' common path: whatever the format, the records a reader produces are validated against the model
 * and written the same way.
 *
 * <p>The input is read three times, so that memory holds ids and references rather than records: first to
 * validate every record (all problems are known before anything is written; ids that are neither in the import
 * nor yet checked are looked up in the graph, one query per batch), then, inside one transaction, the nodes and
 * then the relationships, {@code batchSize} records at a time, each batch one {@code UNWIND $rows … MERGE} per
 * label or relationship type. A record is compared with what the graph holds: created, updated or unchanged;
 * only the first two are written, so importing the same file twice changes nothing.
 *
 * <p>Importing adds to the graph, it never removes: properties the record states replace the stored ones, others
 * stay; evidence (parallel {@code sources} and {@code quotes} lists, as for the curated data) is added to the
 * stored evidence unless the same source and quote are there already; a node or relationship keeps the
 * {@code dataset} it was first written by. The file's own {@code Source} node (the reader's first record) is
 * written only when a written record cites it. Each import leaves a {@code Dataset} node
 * {@code <format>:<file name>} with the input's hash and how many nodes and relationships the file states.
 *
 * <p>Labels and relationship types cannot be Cypher parameters, so the statements name them; they are checked to
 * be the model's before use.
 */
@Service
public class ImportService {

    private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z][A-Za-z_]*$");
    private static final String DATASET_LABEL = "Dataset";
    /** Ids per look-up query. */
    private static final int LOOK_UP_BATCH = 5_000;

    private final Driver driver;
    private final GraphModel model;
    private final Map<String, ImportReader> readers = new TreeMap<>();
    private final ImportCheck.Rules rules;
    /**
     * Finds ids in the graph through each label's id constraint: an id's label is unknown until found, and a
     * match without a label would scan every node for each batch.
     */
    private final String lookUpQuery;

    /** Takes the schema bootstrap so that the constraints the MERGEs rely on exist before any import. */
    ImportService(Driver driver, GraphModel model, List<ImportReader> readers, ResourceLoader resources,
            SchemaBootstrap schema) {
        this.driver = driver;
        this.model = model;
        this.rules = ImportCheck.Rules.of(model, resources);
        readers.forEach(reader -> this.readers.put(reader.format(), reader));
        this.lookUpQuery = "UNWIND $ids AS id CALL (id) {\n" + model.labels().values().stream()
                .filter(label -> !label.name().equals(DATASET_LABEL))
                .map(label -> "  MATCH (n:" + quote(label.name()) + " {id: id}) RETURN n")
                .collect(Collectors.joining("\n  UNION\n")) + "\n}\nRETURN n.id AS id, labels(n) AS labels, n.file AS file";
    }

    public Optional<ImportReader> reader(String format) {
        return Optional.ofNullable(readers.get(format));
    }

    public Collection<ImportReader> readers() {
        return readers.values();
    }

    /** Opens the input afresh: an import reads it more than once. */
    @FunctionalInterface
    public interface Input {
        InputStream open() throws IOException;
    }

    public ImportReport run(ImportReader reader, Path file, ImportOptions options, Consumer<String> out) {
        return run(reader, file.getFileName().toString(), () -> Files.newInputStream(file), options, out);
    }

    /**
     * Validates and, unless it is a dry run or the data is invalid (without {@code skipInvalid}), writes.
     *
     * @param out receives progress lines and, in a dry run, the plan: one line per record
     */
    public ImportReport run(ImportReader reader, String fileName, Input input, ImportOptions options,
            Consumer<String> out) {
        String dataset = reader.format() + ":" + fileName;
        ImportReport.Counts none = new ImportReport.Counts(0, 0, 0);
        List<Problem> unknownParameters = unknownParameters(reader, fileName, options);
        if (!unknownParameters.isEmpty()) {
            // a mistyped parameter is never skipped: the reader would silently go without it
            return new ImportReport(reader.format(), fileName, dataset, hash(fileName, input), options.dryRun(),
                    false, unknownParameters, List.of(), none, none, false);
        }
        ImportCheck check = new ImportCheck(rules, this::lookUp, reader, options, out);
        String inputHash = check(reader, fileName, input, options, check);
        check.resolve();
        // A row's node and relationships share its quote: one problem with it, reported once.
        List<Problem> problems = new ArrayList<>(new LinkedHashSet<>(check.problems));
        problems.sort(Comparator.comparing((Problem p) -> p.position().file())
                .thenComparingInt(p -> p.position().line()));
        List<String> skipped = options.skipInvalid() ? List.copyOf(check.skipped.values()) : List.of();
        if (!problems.isEmpty() && !options.skipInvalid()) {
            return new ImportReport(reader.format(), fileName, dataset, inputHash, options.dryRun(), false,
                    problems, skipped, none, none, options.bulk());
        }
        if (options.bulk() && !options.dryRun()) {
            Bulk bulk = new Bulk(reader, fileName, input, check, dataset, options, out).run(inputHash);
            return new ImportReport(reader.format(), fileName, dataset, inputHash, false, true, problems, skipped,
                    bulk.nodes.counts(), bulk.relationships.counts(), true);
        }
        Apply apply;
        try (Session session = driver.session()) {
            apply = options.dryRun()
                    ? session.executeRead(tx -> new Apply(tx, reader, fileName, input, check, dataset, options, out)
                            .run(inputHash))
                    : session.executeWrite(tx -> new Apply(tx, reader, fileName, input, check, dataset, options,
                            out).run(inputHash));
        }
        return new ImportReport(reader.format(), fileName, dataset, inputHash, options.dryRun(), !options.dryRun(),
                problems, skipped, apply.nodes.counts(), apply.relationships.counts(), false);
    }

    private static List<Problem> unknownParameters(ImportReader reader, String fileName, ImportOptions options) {
        Set<String> known = reader.parameters().keySet();
        return options.parameters().keySet().stream().filter(name -> !known.contains(name)).sorted()
                .map(name -> new Problem(new Position(fileName, 1), name, "unknown parameter '" + name
                        + "' for format " + reader.format() + (known.isEmpty() ? ", which takes none"
                                : "; it takes " + String.join(", ", new TreeMap<>(reader.parameters()).keySet()))))
                .toList();
    }

    private static void read(ImportReader reader, String fileName, Input input, ImportOptions options,
            ImportReader.Sink sink) {
        try (InputStream stream = input.open()) {
            reader.read(fileName, stream, options.parameters(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** The check's read of the input, which also takes its hash. */
    private static String check(ImportReader reader, String fileName, Input input, ImportOptions options,
            ImportCheck check) {
        try (InputStream stream = input.open()) {
            return InputDigest.readThrough(reader, fileName, stream, options.parameters(), check);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    private static String hash(String fileName, Input input) {
        try (InputStream stream = input.open()) {
            return InputDigest.of(stream);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** One read query per batch of ids: each id's label in the graph and, for sources, their text's file. */
    private void lookUp(Set<String> ids, Map<String, String> graphLabels, Map<String, String> sourceFiles) {
        List<String> all = new ArrayList<>(ids);
        try (Session session = driver.session()) {
            for (int from = 0; from < all.size(); from += LOOK_UP_BATCH) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + LOOK_UP_BATCH));
                session.executeRead(tx -> tx.run(lookUpQuery, Map.of("ids", batch)).list())
                        .forEach(r -> {
                            String id = r.get("id").asString();
                            r.get("labels").asList(v -> v.asString()).stream()
                                    .filter(l -> model.label(l).isPresent()).findFirst()
                                    .ifPresent(l -> graphLabels.put(id, l));
                            if (!r.get("file").isNull()) {
                                sourceFiles.put(id, r.get("file").asString());
                            }
                        });
            }
        }
    }

    private static String quote(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Not a model identifier: " + identifier);
        }
        return "`" + identifier + "`";
    }

    private static final class Tally {
        private long created;
        private long updated;
        private long unchanged;

        ImportReport.Counts counts() {
            return new ImportReport.Counts(created, updated, unchanged);
        }

        void add(Tally other) {
            created += other.created;
            updated += other.updated;
            unchanged += other.unchanged;
        }
    }

    /** What both writers share: the checked input, read again for nodes and then for relationships. */
    private abstract class Writer {

        final ImportReader reader;
        final String fileName;
        final Input input;
        final ImportCheck check;
        final String dataset;
        final ImportOptions options;
        final Consumer<String> out;
        final Tally nodes = new Tally();
        final Tally relationships = new Tally();

        Writer(ImportReader reader, String fileName, Input input, ImportCheck check, String dataset, ImportOptions options,
                Consumer<String> out) {
            this.reader = reader;
            this.fileName = fileName;
            this.input = input;
            this.check = check;
            this.dataset = dataset;
            this.options = options;
            this.out = out;
        }

        /**
         * One more pass over the input: the records of {@code kind} that the import writes, in input order,
         * {@code batchSize} at a time, the first {@code skip} of them left out; {@code flush} also gets how many
         * records of the kind the batch ends at. Returns how many records of the kind the import writes.
         */
        <R extends ImportRecord> long pass(Class<R> kind, long skip, java.util.function.BiConsumer<List<R>, Long> flush) {
            List<R> batch = new ArrayList<>();
            int[] index = {0};
            long[] written = {0};
            read(reader, fileName, input, options, ImportReader.collecting(record -> {
                int current = index[0]++;
                if (kind.isInstance(record) && check.writes(current, record) && written[0]++ >= skip) {
                    batch.add(kind.cast(record));
                    if (batch.size() == options.batchSize()) {
                        flush.accept(List.copyOf(batch), written[0]);
                        batch.clear();
                    }
                }
                if (index[0] % options.progressEvery() == 0) {
                    out.accept("… " + index[0] + " records read for " + (kind == ImportRecord.Node.class ? "nodes"
                            : "relationships"));
                }
            }, problem -> {
            }));
            if (!batch.isEmpty()) {
                flush.accept(batch, written[0]);
            }
            return written[0];
        }
    }

    /** The second and third passes, in one transaction: plan each batch against the graph, write the changes. */
    private final class Apply extends Writer {

        private final TransactionContext tx;

        Apply(TransactionContext tx, ImportReader reader, String fileName, Input input, ImportCheck check, String dataset,
                ImportOptions options, Consumer<String> out) {
            super(reader, fileName, input, check, dataset, options, out);
            this.tx = tx;
        }

        Apply run(String inputHash) {
            if (check.writesNodes()) {
                pass(ImportRecord.Node.class, 0, (batch, end) -> nodes(batch));
            }
            if (check.writesLinks()) {
                pass(ImportRecord.Link.class, 0, (batch, end) -> links(batch));
            }
            if (!options.dryRun()) {
                tx.run("""
                        MERGE (d:Dataset {id: $id})
                        SET d.name = $name, d.inputHash = $hash, d.loadedAt = $at, d.nodes = $nodes,
                            d.relationships = $relationships, d.status = 'complete'
                        REMOVE d.committedRecords""", Map.of("id", dataset,
                        "name", "Import of " + fileName + " (" + reader.format() + ")", "hash", inputHash,
                        "at", OffsetDateTime.now(ZoneOffset.UTC).toString(),
                        "nodes", nodes.created + nodes.updated + nodes.unchanged,
                        "relationships", relationships.created + relationships.updated + relationships.unchanged))
                        .consume();
            }
            return this;
        }

        private void nodes(List<ImportRecord.Node> batch) {
            Map<String, List<ImportRecord.Node>> byLabel = batch.stream()
                    .collect(Collectors.groupingBy(ImportRecord.Node::label, LinkedHashMap::new, Collectors.toList()));
            byLabel.forEach((labelName, records) -> {
                LabelDefinition label = model.requireLabel(labelName);
                Map<String, Map<String, Object>> existing = new HashMap<>();
                tx.run("UNWIND $ids AS id MATCH (n:" + quote(labelName) + " {id: id}) "
                        + "RETURN n.id AS id, properties(n) AS properties",
                        Map.of("ids", records.stream().map(ImportRecord.Node::id).toList()))
                        .forEachRemaining(r -> existing.put(r.get("id").asString(), r.get("properties").asMap()));
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ImportRecord.Node record : records) {
                    Map<String, Object> before = existing.get(record.id());
                    Map<String, Object> after = merge(before, label.properties(), record.properties(),
                            label.evidenceRequired() ? record.evidence() : List.of());
                    after.put("id", record.id());
                    if (label.searchable()) {
                        after.put("names", PropertyValues.names(after));
                    }
                    if (plan(nodes, before, after, record)) {
                        rows.add(Map.of("id", record.id(), "properties", after));
                    }
                }
                if (!rows.isEmpty() && !options.dryRun()) {
                    String extraLabels = label.extraLabels().stream().map(extra -> " SET n:" + quote(extra))
                            .collect(Collectors.joining());
                    tx.run("UNWIND $rows AS row MERGE (n:" + quote(labelName) + " {id: row.id}) "
                            + "SET n = row.properties" + extraLabels, Map.of("rows", rows)).consume();
                }
            });
        }

        private void links(List<ImportRecord.Link> batch) {
            Map<List<String>, List<ImportRecord.Link>> byEnds = batch.stream().collect(Collectors.groupingBy(
                    link -> List.of(link.type(), check.labels.get(link.fromId()), check.labels.get(link.toId())),
                    LinkedHashMap::new, Collectors.toList()));
            byEnds.forEach((key, records) -> {
                String match = "MATCH (a:" + quote(key.get(1)) + " {id: row.from}) MATCH (b:" + quote(key.get(2))
                        + " {id: row.to}) ";
                Map<List<String>, Map<String, Object>> existing = new HashMap<>();
                tx.run("UNWIND $rows AS row " + match + "MATCH (a)-[r:" + quote(key.get(0)) + "]->(b) "
                        + "RETURN row.from AS from, row.to AS to, properties(r) AS properties",
                        Map.of("rows", records.stream().map(l -> Map.of("from", l.fromId(), "to", l.toId())).toList()))
                        .forEachRemaining(r -> existing.put(List.of(r.get("from").asString(), r.get("to").asString()),
                                r.get("properties").asMap()));
                RelationshipDefinition type = model.relationships().get(key.get(0));
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ImportRecord.Link record : records) {
                    Map<String, Object> before = existing.get(List.of(record.fromId(), record.toId()));
                    Map<String, Object> after = merge(before, type.properties(), record.properties(),
                            record.evidence());
                    if (plan(relationships, before, after, record)) {
                        rows.add(Map.of("from", record.fromId(), "to", record.toId(), "properties", after));
                    }
                }
                if (!rows.isEmpty() && !options.dryRun()) {
                    long written = tx.run("UNWIND $rows AS row " + match + "MERGE (a)-[r:" + quote(key.get(0))
                            + "]->(b) SET r = row.properties RETURN count(r) AS written", Map.of("rows", rows))
                            .single().get("written").asLong();
                    if (written != rows.size()) {
                        throw new IllegalStateException("wrote " + written + " of " + rows.size() + " "
                                + key.get(0) + " relationships: an end is missing");
                    }
                }
            });
        }

        /** The stored properties with the record's stated ones and its evidence added. */
        private Map<String, Object> merge(Map<String, Object> before, Map<String, PropertyDefinition> definitions,
                Map<String, Object> stated, List<ImportRecord.Evidence> evidence) {
            Map<String, Object> after = before == null ? new LinkedHashMap<>() : new LinkedHashMap<>(before);
            rules.stated(definitions, stated).forEach((key, value) -> {
                if (value == null) {
                    after.remove(key);
                } else {
                    after.put(key, value);
                }
            });
            if (!evidence.isEmpty()) {
                List<Object> sources = new ArrayList<>((List<?>) after.getOrDefault("sources", List.of()));
                List<Object> quotes = new ArrayList<>((List<?>) after.getOrDefault("quotes", List.of()));
                for (ImportRecord.Evidence item : evidence) {
                    String quoteText = item.quote().strip();
                    boolean known = false;
                    for (int i = 0; i < Math.min(sources.size(), quotes.size()); i++) {
                        known |= sources.get(i).equals(item.source()) && quotes.get(i).equals(quoteText);
                    }
                    if (!known) {
                        sources.add(item.source());
                        quotes.add(quoteText);
                    }
                }
                after.put("sources", sources);
                after.put("quotes", quotes);
            }
            after.putIfAbsent("dataset", dataset);
            return after;
        }

        /** Counts the record and, in a dry run, prints its plan line; true when it must be written. */
        private boolean plan(Tally tally, Map<String, Object> before, Map<String, Object> after, ImportRecord record) {
            String outcome;
            boolean write;
            if (before == null) {
                tally.created++;
                outcome = "create";
                write = true;
            } else if (Objects.equals(before, after)) {
                tally.unchanged++;
                outcome = "unchanged";
                write = false;
            } else {
                tally.updated++;
                outcome = "update";
                write = true;
            }
            if (options.dryRun()) {
                out.accept(record.position() + ": " + outcome + " " + ImportCheck.describe(record));
            }
            return write;
        }
    }

    /**
     * The bulk path: each batch is its own transaction, written without reading first, and the {@code Dataset}
     * node records in the same transaction how many records are committed. An import that stops halfway (a crash,
     * a lost connection) leaves whole batches and its {@code Dataset} with status {@code writing}; importing the
     * same input again resumes after the committed records, and since every statement MERGEs, writing a batch
     * twice changes nothing either. The calling thread reads and prepares batch n + 1 while a writer thread
     * commits batch n: the two halves of the work, client and database, overlap on separate cores.
     */
    private final class Bulk extends Writer {

        /** A batch's statements: built on the reading thread, run in the writer's transaction, counting what they wrote. */
        @FunctionalInterface
        private interface Statement {
            void run(TransactionContext tx, Tally nodes, Tally relationships);
        }

        /**
         * A new node or relationship takes the row's evidence as it is; one already there gets the pairs it lacks
         * appended. The quotes are appended first: the filter then still reads the old pairs, as the sources list
         * is only as long as before and the quotes' old elements are unchanged.
         */
        private static final String EVIDENCE = """
                ON CREATE SET e.dataset = $dataset, e.sources = row.sources, e.quotes = row.quotes
                ON MATCH SET
                    e.quotes = coalesce(e.quotes, []) + [i IN range(0, size(row.sources) - 1)
                        WHERE NOT any(j IN range(0, size(coalesce(e.sources, [])) - 1)
                            WHERE e.sources[j] = row.sources[i] AND e.quotes[j] = row.quotes[i]) | row.quotes[i]],
                    e.sources = coalesce(e.sources, []) + [i IN range(0, size(row.sources) - 1)
                        WHERE NOT any(j IN range(0, size(coalesce(e.sources, [])) - 1)
                            WHERE e.sources[j] = row.sources[i] AND e.quotes[j] = row.quotes[i]) | row.sources[i]]
                """;

        private final long started = System.nanoTime();
        /** Runs the transactions, one batch at a time, while the calling thread reads and prepares the next batch. */
        private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "bulk-writer");
            thread.setDaemon(true);
            return thread;
        });
        /** The batch being written: the next one is handed over only once it is committed. */
        private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

        Bulk(ImportReader reader, String fileName, Input input, ImportCheck check, String dataset, ImportOptions options,
                Consumer<String> out) {
            super(reader, fileName, input, check, dataset, options, serialised(out));
        }

        /** Progress lines come from both threads; the caller's consumer need not be thread-safe. */
        private static Consumer<String> serialised(Consumer<String> out) {
            return line -> {
                synchronized (out) {
                    out.accept(line);
                }
            };
        }

        Bulk run(String inputHash) {
            long committed = begin(inputHash);
            // The records written are numbered across both passes (nodes, then relationships) so that one number
            // says where an interrupted import stopped.
            long nodeRecords = 0;
            long linkRecords = 0;
            try (Session session = driver.session()) {
                try {
                    if (check.writesNodes()) {
                        nodeRecords = pass(ImportRecord.Node.class, committed,
                                (batch, end) -> hand(session, batch, end, nodes(batch)));
                    }
                    // The relationships' ends must be committed before a relationship batch looks them up.
                    await();
                    long afterNodes = nodeRecords;
                    if (check.writesLinks()) {
                        linkRecords = pass(ImportRecord.Link.class, Math.max(0, committed - afterNodes),
                                (batch, end) -> hand(session, batch, afterNodes + end, links(batch)));
                    }
                    await();
                } finally {
                    // No batch may still be in flight when the session closes or the counts below are read.
                    writing.handle((done, failure) -> null).join();
                    writer.shutdown();
                }
            } catch (RuntimeException failure) {
                throw new ImportInterruptedException(String.format(java.util.Locale.ROOT,
                        "The bulk import of %s stopped (%s); %,d nodes and %,d relationships were written in whole "
                                + "batches before that. Import the same file again with --bulk to resume after them.",
                        fileName, failure.getMessage(), nodes.created + nodes.updated,
                        relationships.created + relationships.updated), failure);
            }
            long nodesWritten = nodeRecords;
            long linksWritten = linkRecords;
            try (Session session = driver.session()) {
                session.executeWrite(tx -> tx.run("""
                        MATCH (d:Dataset {id: $id})
                        SET d.status = 'complete', d.loadedAt = $at, d.nodes = $nodes,
                            d.relationships = $relationships
                        REMOVE d.committedRecords""", Map.of("id", dataset,
                        "at", OffsetDateTime.now(ZoneOffset.UTC).toString(), "nodes", nodesWritten,
                        "relationships", linksWritten)).consume());
            }
            out.accept(String.format(java.util.Locale.ROOT,
                    "Bulk import of %s complete: %,d nodes and %,d relationships written in %.1f s.", fileName,
                    nodesWritten, linksWritten, (System.nanoTime() - started) / 1e9));
            return this;
        }

        /**
         * Hands a prepared batch to the writing thread once the previous one is committed; a failure of that one is
         * thrown here instead, so that reading stops and nothing after the failed batch is written.
         */
        private void hand(Session session, List<? extends ImportRecord> batch, long committedAfter,
                Statement write) {
            await();
            Position first = batch.get(0).position();
            Position last = batch.get(batch.size() - 1).position();
            writing = CompletableFuture.runAsync(() -> commit(session, first, last, committedAfter, write), writer);
        }

        /** Waits for the batch being written; throws its failure. */
        private void await() {
            Futures.join(writing);
        }

        /** Marks the import as in progress; returns how many records an interrupted run of the same input wrote. */
        private long begin(String inputHash) {
            try (Session session = driver.session()) {
                return session.executeWrite(tx -> {
                    var previous = tx.run("""
                            OPTIONAL MATCH (d:Dataset {id: $id})
                            RETURN d.status AS status, d.inputHash AS hash, d.committedRecords AS committed""",
                            Map.of("id", dataset)).single();
                    long committed = "writing".equals(previous.get("status").asString(null))
                            && inputHash.equals(previous.get("hash").asString(null))
                                    ? previous.get("committed").asLong(0) : 0;
                    tx.run("""
                            MERGE (d:Dataset {id: $id})
                            SET d.name = $name, d.inputHash = $hash, d.status = 'writing',
                                d.committedRecords = $committed""", Map.of("id", dataset,
                            "name", "Import of " + fileName + " (" + reader.format() + ")", "hash", inputHash,
                            "committed", committed)).consume();
                    if (committed > 0) {
                        out.accept("Resuming the interrupted bulk import of " + fileName + ": " + committed
                                + " records were committed by an earlier run.");
                    }
                    return committed;
                });
            }
        }

        private void commit(Session session, Position first, Position last, long committedAfter,
                Statement write) {
            try {
                // Counted per attempt and added once committed: a retried transaction must not count twice.
                Tally[] written = session.executeWrite(tx -> {
                    Tally batchNodes = new Tally();
                    Tally batchRelationships = new Tally();
                    write.run(tx, batchNodes, batchRelationships);
                    tx.run("MATCH (d:Dataset {id: $id}) SET d.committedRecords = $committed",
                            Map.of("id", dataset, "committed", committedAfter)).consume();
                    return new Tally[] {batchNodes, batchRelationships};
                });
                nodes.add(written[0]);
                relationships.add(written[1]);
            } catch (RuntimeException e) {
                throw new IllegalStateException("writing the batch from " + first + " to " + last + " failed: "
                        + e.getMessage(), e);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.accept(String.format(java.util.Locale.ROOT, "… %,d nodes, %,d relationships written (%.1f s, %,.0f per s)",
                    nodes.created + nodes.updated, relationships.created + relationships.updated, seconds,
                    (nodes.created + nodes.updated + relationships.created + relationships.updated) / seconds));
        }

        /** Builds the batch's statements on the reading thread; what it returns runs them in a transaction. */
        private Statement nodes(List<ImportRecord.Node> batch) {
            List<Statement> statements = new ArrayList<>();
            Map<String, List<ImportRecord.Node>> byLabel = batch.stream()
                    .collect(Collectors.groupingBy(ImportRecord.Node::label, LinkedHashMap::new, Collectors.toList()));
            byLabel.forEach((labelName, records) -> {
                LabelDefinition label = model.requireLabel(labelName);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ImportRecord.Node record : records) {
                    Map<String, Object> stated = rules.stated(label.properties(), record.properties());
                    if (label.searchable()) {
                        stated.put("names", PropertyValues.names(stated));
                    }
                    rows.add(row(Map.of("id", record.id()), stated,
                            label.evidenceRequired() ? record.evidence() : List.of()));
                }
                String statement = "UNWIND $rows AS row MERGE (e:" + quote(labelName) + " {id: row.id})\n"
                        + (label.evidenceRequired() ? EVIDENCE : "ON CREATE SET e.dataset = $dataset\n")
                        + "SET e += row.stated"
                        + label.extraLabels().stream().map(extra -> ", e:" + quote(extra)).collect(Collectors.joining());
                statements.add((tx, nodeTally, relationshipTally) -> {
                    var counters = tx.run(statement, Map.of("rows", rows, "dataset", dataset)).consume().counters();
                    nodeTally.created += counters.nodesCreated();
                    nodeTally.updated += rows.size() - counters.nodesCreated();
                });
            });
            return (tx, nodeTally, relationshipTally) -> statements.forEach(
                    statement -> statement.run(tx, nodeTally, relationshipTally));
        }

        private Statement links(List<ImportRecord.Link> batch) {
            List<Statement> statements = new ArrayList<>();
            Map<List<String>, List<ImportRecord.Link>> byEnds = batch.stream().collect(Collectors.groupingBy(
                    link -> List.of(link.type(), check.labels.get(link.fromId()), check.labels.get(link.toId())),
                    LinkedHashMap::new, Collectors.toList()));
            byEnds.forEach((key, records) -> {
                RelationshipDefinition type = model.relationships().get(key.get(0));
                // Rows that share an end are sent together, so that the shared end is looked up once: the end
                // with fewer distinct ids in the batch (the project, for most of a relations file).
                boolean byTo = records.stream().map(ImportRecord.Link::toId).distinct().count()
                        <= records.stream().map(ImportRecord.Link::fromId).distinct().count();
                Map<String, List<Map<String, Object>>> byShared = new LinkedHashMap<>();
                for (ImportRecord.Link record : records) {
                    byShared.computeIfAbsent(byTo ? record.toId() : record.fromId(), id -> new ArrayList<>())
                            .add(row(Map.of("id", byTo ? record.fromId() : record.toId()),
                                    rules.stated(type.properties(), record.properties()), record.evidence()));
                }
                List<Map<String, Object>> groups = new ArrayList<>();
                byShared.forEach((id, rows) -> groups.add(Map.of("id", id, "rows", rows)));
                String shared = byTo ? "b" : "a";
                String other = byTo ? "a" : "b";
                String statement = "UNWIND $groups AS group\nMATCH (" + shared + ":"
                        + quote(key.get(byTo ? 2 : 1)) + " {id: group.id})\nUNWIND group.rows AS row\nMATCH ("
                        + other + ":" + quote(key.get(byTo ? 1 : 2)) + " {id: row.id})\nMERGE (a)-[e:"
                        + quote(key.get(0)) + "]->(b)\n" + EVIDENCE + "SET e += row.stated\nRETURN count(*) AS written";
                int rows = records.size();
                statements.add((tx, nodeTally, relationshipTally) -> {
                    var result = tx.run(statement, Map.of("groups", groups, "dataset", dataset));
                    long written = result.single().get("written").asLong();
                    if (written != rows) {
                        throw new IllegalStateException("wrote " + written + " of " + rows + " " + key.get(0)
                                + " relationships: an end is missing (deleted since the import was checked?)");
                    }
                    long created = result.consume().counters().relationshipsCreated();
                    relationshipTally.created += created;
                    relationshipTally.updated += written - created;
                });
            });
            return (tx, nodeTally, relationshipTally) -> statements.forEach(
                    statement -> statement.run(tx, nodeTally, relationshipTally));
        }

        /** A statement row: the keys, the stated properties and the record's evidence without repeats. */
        private static Map<String, Object> row(Map<String, Object> keys, Map<String, Object> stated,
                List<ImportRecord.Evidence> evidence) {
            Map<String, Object> row = new HashMap<>(keys);
            row.put("stated", stated);
            ImportCheck.putEvidence(evidence, row);
            return row;
        }
    }
}
