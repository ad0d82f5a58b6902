package org.wbcyber.graph.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * How to import: {@code dryRun} reports the plan and writes nothing; {@code skipInvalid} writes the valid records
 * (and the links whose ends are valid) instead of nothing at all; records are planned and written
 * {@code batchSize} at a time; a progress line every {@code progressEvery} records. {@code parameters} are the
 * reader's own (CLI {@code --param name=value}, HTTP {@code ?name=value}), e.g. an NCSI page's {@code country};
 * each reader names those it takes ({@link ImportReader#parameters()}). {@code bulk} writes each batch in its own
 * transaction, resumably, without reading the graph first (see {@link ImportService}); a dry run is never bulk.
 */
public record ImportOptions(boolean dryRun, boolean skipInvalid, int batchSize, int progressEvery,
        Map<String, String> parameters, boolean bulk) {

    public static final int DEFAULT_BATCH_SIZE = 1000;
    /** Larger batches for the bulk path: fewer transactions, and its statements do not read before writing. */
    public static final int DEFAULT_BULK_BATCH_SIZE = 10_000;
    public static final int DEFAULT_PROGRESS_EVERY = 10_000;

    public ImportOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        if (progressEvery < 1) {
            throw new IllegalArgumentException("progress interval must be at least 1, not " + progressEvery);
        }
        parameters = Map.copyOf(parameters);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, false, DEFAULT_BATCH_SIZE, DEFAULT_PROGRESS_EVERY, Map.of(), false);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(value, skipInvalid, batchSize, progressEvery, parameters, bulk);
    }

    public ImportOptions withSkipInvalid(boolean value) {
        return new ImportOptions(dryRun, value, batchSize, progressEvery, parameters, bulk);
    }

    public ImportOptions withBatchSize(int value) {
        return new ImportOptions(dryRun, skipInvalid, value, progressEvery, parameters, bulk);
    }

    /** These parameters added to the others (a name given again replaces the earlier value). */
    public ImportOptions withParameters(Map<String, String> values) {
        Map<String, String> all = new TreeMap<>(parameters);
        all.putAll(values);
        return new ImportOptions(dryRun, skipInvalid, batchSize, progressEvery, all, bulk);
    }

    public ImportOptions withProgressEvery(int value) {
        return new ImportOptions(dryRun, skipInvalid, batchSize, value, parameters, bulk);
    }

    /** The bulk path, with its larger default batch unless a batch size was chosen. */
    public ImportOptions withBulk(boolean value) {
        int size = value && batchSize == DEFAULT_BATCH_SIZE ? DEFAULT_BULK_BATCH_SIZE : batchSize;
        return new ImportOptions(dryRun, skipInvalid, size, progressEvery, parameters, value);
    }
}
