package org.wbcyber.graph.ingest;

import java.util.List;

import org.wbcyber.graph.curation.Problem;

/**
 * What an import did, or would do in a dry run. {@code written} is false when nothing was written: a dry run, or
 * problems without {@code --skip-invalid}. {@code problems} lists every problem found; {@code skipped} the
 * records left out under {@code --skip-invalid} and why. A {@code bulk} import does not read before writing, so it
 * tells created records from those already there (counted as updated, whether or not they changed) and counts
 * only what this run wrote, not what an interrupted earlier run did.
 */
public record ImportReport(String format, String file, String dataset, String inputHash, boolean dryRun,
        boolean written, List<Problem> problems, List<String> skipped, Counts nodes, Counts relationships,
        boolean bulk) {

    public record Counts(long created, long updated, long unchanged) {

        public boolean changesNothing() {
            return created == 0 && updated == 0;
        }

        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged";
        }
    }

    /** Invalid data, so nothing was (or, in a dry run, would be) written: without --skip-invalid, any problem. */
    public boolean rejected() {
        return !problems.isEmpty() && skipped.isEmpty();
    }

    public boolean changesNothing() {
        return nodes.changesNothing() && relationships.changesNothing();
    }

    private static String merged(Counts counts) {
        return counts.created() + " created, " + counts.updated() + " already there (merged)";
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!problems.isEmpty()) {
            text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in ")
                    .append(file).append(rejected() ? "; nothing was written:" : ":");
            problems.forEach(problem -> text.append("\n  ").append(problem));
            text.append('\n');
        }
        if (!skipped.isEmpty()) {
            text.append("Skipped ").append(skipped.size()).append(skipped.size() == 1 ? " record" : " records")
                    .append(" (--skip-invalid):");
            skipped.forEach(record -> text.append("\n  ").append(record));
            text.append('\n');
        }
        if (!rejected()) {
            text.append(dryRun ? "Dry run, nothing written. Would import " : bulk ? "Bulk-imported " : "Imported ")
                    .append(format).append(' ').append(file).append(" (dataset ").append(dataset).append(", input ")
                    .append(inputHash, 0, 12).append("):\n  nodes: ").append(bulk ? merged(nodes) : nodes)
                    .append("\n  relationships: ").append(bulk ? merged(relationships) : relationships);
        }
        return text.toString().strip();
    }
}
