package org.wbcyber.graph.model;

/**
 * A property a label or relationship type may carry; {@code vocabulary} is set for {@link PropertyType#TERM};
 * {@code indexed} asks for a range index (on start and end for a period).
 */
public record PropertyDefinition(String name, PropertyType type, String vocabulary, boolean required,
        boolean indexed, String description) {
}
