package org.wbcyber.graph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

/** Checks of request parameters that fail with a {@link BadParameterException} naming the parameter. */
public final class Parameters {

    private Parameters() {
    }

    /** An optional ISO date, as the string the queries take. */
    public static String date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(parameter, "is '" + value + "'; expected a date (YYYY-MM-DD).");
        }
    }

    public static int between(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadParameterException(parameter, "is " + value + "; accepted values: " + min + " to " + max + ".");
        }
        return value;
    }

    /** Every value must be one of {@code accepted}; null or empty means no filter. */
    public static List<String> allOf(String parameter, List<String> values, Collection<String> accepted) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        for (String value : values) {
            if (!accepted.contains(value)) {
                throw BadParameterException.notOneOf(parameter, value, accepted);
            }
        }
        return values;
    }

    public static String oneOf(String parameter, String value, Collection<String> accepted) {
        if (value != null && !accepted.contains(value)) {
            throw BadParameterException.notOneOf(parameter, value, accepted);
        }
        return value;
    }
}
