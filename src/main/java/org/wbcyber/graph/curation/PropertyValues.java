package org.wbcyber.graph.curation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.PropertyDefinition;
import org.wbcyber.graph.model.Vocabulary;

/**
 * Turns property values as written (a text, or a list of texts for list properties) into what the graph stores,
 * by the model's property types: the same rules for the curated data and for every importer.
 */
public final class PropertyValues {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private final GraphModel model;

    public PropertyValues(GraphModel model) {
        this.model = model;
    }

    /**
     * Converts {@code raw} (a String, or a List of Strings for a list property) and puts the result into
     * {@code out} under the property's name (a period also under nameStart and nameEnd).
     *
     * @return what is wrong with the value, if anything; {@code out} is then left as it was
     */
    public Optional<String> convert(PropertyDefinition definition, Object raw, Map<String, Object> out) {
        String name = definition.name();
        if (definition.type() == org.wbcyber.graph.model.PropertyType.LIST) {
            if (!(raw instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String))) {
                return Optional.of("expected a list of strings, e.g. [a, b]");
            }
            out.put(name, List.copyOf(list));
            return Optional.empty();
        }
        if (!(raw instanceof String text)) {
            return Optional.of("expected a value, found a list");
        }
        switch (definition.type()) {
            case STRING -> {
                if (text.contains("\n")) {
                    return Optional.of("expected one line of text");
                }
                out.put(name, text);
            }
            case TEXT -> out.put(name, text.strip());
            case TERM -> {
                Vocabulary vocabulary = model.vocabulary(definition.vocabulary());
                if (!vocabulary.contains(text)) {
                    return Optional.of("unknown " + name + " '" + text + "'; " + definition.vocabulary() + " has "
                            + String.join(", ", vocabulary.terms().keySet()));
                }
                out.put(name, text);
            }
            case PERIOD -> {
                Period period;
                try {
                    period = Period.parse(text);
                } catch (IllegalArgumentException e) {
                    return Optional.of("bad date: " + e.getMessage());
                }
                out.put(name, period.text());
                if (period.start() != null) {
                    out.put(name + "Start", period.start());
                }
                if (period.end() != null) {
                    out.put(name + "End", period.end());
                }
            }
            case NUMBER -> {
                try {
                    out.put(name, Double.parseDouble(text));
                } catch (NumberFormatException e) {
                    return Optional.of("expected a number, found '" + text + "'");
                }
            }
            case INTEGER -> {
                try {
                    out.put(name, Long.parseLong(text));
                } catch (NumberFormatException e) {
                    return Optional.of("expected a whole number, found '" + text + "'");
                }
            }
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    return Optional.of("expected true or false, found '" + text + "'");
                }
                out.put(name, Boolean.parseBoolean(text));
            }
            case LIST -> throw new IllegalStateException("handled above");
        }
        return Optional.empty();
    }

    /** Every name a record goes by: its name, acronym, aliases and local names, without repeats. */
    @SuppressWarnings("unchecked")
    public static List<String> names(Map<String, Object> properties) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of("name", "acronym", "aliases", "localNames")) {
            Object value = properties.get(key);
            if (value instanceof String text) {
                names.add(text);
            } else if (value instanceof List<?> list) {
                names.addAll((List<String>) list);
            }
        }
        return List.copyOf(names);
    }

    /** Text with every run of whitespace made one space, for comparing quotes with source texts. */
    public static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
