package org.wbcyber.graph.cypher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes values as Cypher literals, for scripts an analyst runs where parameters are not at hand (Neo4j Browser,
 * cypher-shell). Strings are single-quoted with every character Cypher would misread escaped; other text, such
 * as "Mugoša", stays readable. Map keys and identifiers are backquoted unless they are plain names.
 */
public final class CypherLiteral {

    private static final Pattern PLAIN_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    private CypherLiteral() {
    }

    /** A string, number, boolean, date, list or map (with string keys) as a literal; null as {@code null}. */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return string(text);
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof Integer
                || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("Cypher has no literal for " + number);
            }
            return Double.toString(number);
        }
        if (value instanceof LocalDate date) {
            return "date('" + date + "')";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CypherLiteral::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        throw new IllegalArgumentException("No Cypher literal for a " + value.getClass().getName());
    }

    /** A map literal; entries whose value is null are left out, as {@code SET n = map} would drop them. */
    public static String map(Map<?, ?> map) {
        return map.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> name(entry.getKey().toString()) + ": " + of(entry.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A label, relationship type, property or map key: as it is when plain, backquoted otherwise. */
    public static String name(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An empty name has no Cypher form");
        }
        return PLAIN_NAME.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
    }

    public static String string(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> literal.append("\\\\");
                case '\'' -> literal.append("\\'");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                case '\b' -> literal.append("\\b");
                case '\f' -> literal.append("\\f");
                default -> {
                    // Control and invisible format characters (and the line separators some editors break
                    // lines at) are escaped so that the script shows what the value holds.
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                            || c == '\u2028' || c == '\u2029' || loneSurrogate(text, i)) {
                        literal.append(String.format("\\u%04X", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('\'').toString();
    }

    private static boolean loneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
