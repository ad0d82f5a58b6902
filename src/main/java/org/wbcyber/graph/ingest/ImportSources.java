package org.wbcyber.graph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.Position;

/** The Source node every import starts with: the imported file itself. */
public final class ImportSources {

    private ImportSources() {
    }

    /** {@code import-<file name as a slug>}, e.g. import-gci-2024-csv for gci-2024.csv. */
    public static String id(String fileName) {
        return "import-" + CsvTable.slug(fileName);
    }

    public static ImportRecord.Node of(String format, String fileName) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", "Imported file " + fileName);
        properties.put("kind", "document");
        properties.put("description", "Read by the " + format + " importer (java -jar app.jar import " + format
                + " " + fileName + ").");
        return new ImportRecord.Node(new Position(fileName, 1), GraphModel.SOURCE_LABEL, id(fileName), properties,
                List.of());
    }
}
