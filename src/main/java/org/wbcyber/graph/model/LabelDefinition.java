package org.wbcyber.graph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A node label of the model: its properties, its relation fields, the extra labels its nodes carry (e.g.
 * {@code Actor}), whether its names are searchable (they then feed the {@code names} full-text index), whether
 * its records need evidence, and whether data files may hold it at all ({@code curated}).
 */
public record LabelDefinition(String name, String description, Pattern idPattern, List<String> extraLabels,
        boolean searchable, boolean evidenceRequired, boolean curated, Map<String, PropertyDefinition> properties,
        Map<String, RelationField> relations) {

    /** The primary label followed by the extra ones. */
    public List<String> allLabels() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(extraLabels);
        return all;
    }
}
