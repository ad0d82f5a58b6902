package org.wbcyber.graph.curation;

import java.io.PrintStream;

import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.ModelReader;

/**
 * {@code validate [location]}: checks the model and the curated data files without touching any database, and
 * prints what a load would write or every problem found.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";
    public static final String DEFAULT_LOCATION = "classpath:cypher/";
    public static final int INVALID_DATA = 3;

    public int run(String location, PrintStream out, PrintStream err) {
        CuratedFiles files = CuratedFiles.load(location);
        GraphModel model = ModelReader.read(files.model().content());
        try {
            CuratedGraph graph = new CuratedDataReader(model).read(files);
            out.println("Curated data under " + location + " is valid: " + graph.nodes().size() + " nodes "
                    + graph.nodeCounts() + ", " + graph.relationships().size() + " relationships "
                    + graph.relationshipCounts());
            return 0;
        } catch (CurationException e) {
            err.println(e.getMessage());
            return INVALID_DATA;
        }
    }
}
