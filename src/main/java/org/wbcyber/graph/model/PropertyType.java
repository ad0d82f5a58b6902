package org.wbcyber.graph.model;

import java.util.Locale;

/** The types a property of the model can have (see the head of cypher/model.yaml). */
public enum PropertyType {
    STRING, TEXT, LIST, TERM, PERIOD, NUMBER, INTEGER, BOOLEAN;

    public static PropertyType of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
