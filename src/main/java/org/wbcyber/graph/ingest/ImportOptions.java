package org.wbcyber.graph.ingest;

/**
 * How to import: {@code dryRun} reports the plan and writes nothing; {@code skipInvalid} writes the valid records
 * (and the links whose ends are valid) instead of nothing at all; records are planned and written
 * {@code batchSize} at a time; a progress line every {@code progressEvery} records.
 */
public record ImportOptions(boolean dryRun, boolean skipInvalid, int batchSize, int progressEvery) {

    public static final int DEFAULT_BATCH_SIZE = 1000;
    public static final int DEFAULT_PROGRESS_EVERY = 10_000;

    public ImportOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        if (progressEvery < 1) {
            throw new IllegalArgumentException("progress interval must be at least 1, not " + progressEvery);
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, false, DEFAULT_BATCH_SIZE, DEFAULT_PROGRESS_EVERY);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(value, skipInvalid, batchSize, progressEvery);
    }

    public ImportOptions withSkipInvalid(boolean value) {
        return new ImportOptions(dryRun, value, batchSize, progressEvery);
    }

    public ImportOptions withBatchSize(int value) {
        return new ImportOptions(dryRun, skipInvalid, value, progressEvery);
    }
}
