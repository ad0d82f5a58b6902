package org.wbcyber.graph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Consumer;

import org.wbcyber.graph.curation.Problem;

/**
 * Parses one input format into {@link ImportRecord}s. Readers stream: they hand each record to the sink as soon
 * as it is read, so files larger than memory can be imported, and report every problem they find (with file,
 * line and field) instead of stopping at the first. The first record of every import is the {@code Source} node
 * describing the imported file, so that every other record can cite it.
 */
public interface ImportReader {

    /** The name users type: {@code java -jar app.jar import <format> <file>}. */
    String format();

    /** One line for `help`: what the format is and an example file. */
    String description();

    void read(String fileName, InputStream input, Sink sink) throws IOException;

    /**
     * The parameters the format takes besides the file (CLI {@code --param name=value}, HTTP {@code ?name=value}),
     * name to what it means; an import given any other is refused. None by default.
     */
    default Map<String, String> parameters() {
        return Map.of();
    }

    /**
     * Reads with the import's parameters (only names {@link #parameters()} lists reach here). Readers that take
     * none need not override it. A missing or invalid parameter is a problem whose field names the parameter.
     */
    default void read(String fileName, InputStream input, Map<String, String> parameters, Sink sink)
            throws IOException {
        read(fileName, input, sink);
    }

    /**
     * What the input calls the field that names the {@code from} (or {@code to}) end of a link, so that a problem
     * with the reference names the column or element the user wrote it in.
     */
    default String referenceField(ImportRecord.Link link, boolean from) {
        return from ? "from" : "to";
    }

    interface Sink {

        void record(ImportRecord record);

        void problem(Problem problem);

        /** Progress for long inputs: how far the reader is, in the reader's own unit (lines, activities). */
        default void progress(long done, String unit) {
        }
    }

    /** A sink for tests and small inputs. */
    static Sink collecting(Consumer<ImportRecord> records, Consumer<Problem> problems) {
        return new Sink() {
            @Override
            public void record(ImportRecord record) {
                records.accept(record);
            }

            @Override
            public void problem(Problem problem) {
                problems.accept(problem);
            }
        };
    }
}
