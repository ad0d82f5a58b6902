package org.wbcyber.graph.ingest;

import java.io.IOException;
import java.io.InputStream;
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
