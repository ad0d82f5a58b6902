package org.wbcyber.graph.ingest;

import java.util.List;
import java.util.Map;

import org.wbcyber.graph.model.Position;

/**
 * What every importer turns its input into, whatever the format (NCSI pages, GCI CSV, IATI XML, CSV templates):
 * nodes and relationships in the terms of cypher/model.yaml, each with where it was read and its evidence. The
 * importers' common path validates these against the model and writes them; readers only parse.
 *
 * <p>Property values are as written in the input (text, or a list of texts for list properties); the common
 * path converts them by the model's property types, exactly as for the curated data (periods, numbers, terms).
 */
public sealed interface ImportRecord permits ImportRecord.Node, ImportRecord.Link {

    Position position();

    List<Evidence> evidence();

    /** A source id and a short quote from the input that states the record. */
    record Evidence(String source, String quote) {
    }

    /** A node, merged by label and id. */
    record Node(Position position, String label, String id, Map<String, Object> properties, List<Evidence> evidence)
            implements ImportRecord {
    }

    /**
     * A relationship between two ids, merged by (from, type, to). The ends may be nodes of the same import or
     * nodes already in the graph (a country, the EU, a curated actor); their labels follow from the model.
     */
    record Link(Position position, String type, String fromId, String toId, Map<String, Object> properties,
            List<Evidence> evidence) implements ImportRecord {
    }
}
