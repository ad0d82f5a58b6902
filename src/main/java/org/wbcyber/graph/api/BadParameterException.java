package org.wbcyber.graph.api;

import java.util.Collection;

/** A request parameter is missing or out of range: answered 400, naming the parameter and what it accepts. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String problem) {
        super("Parameter '" + parameter + "' " + problem);
        this.parameter = parameter;
    }

    public static BadParameterException notOneOf(String parameter, String value, Collection<String> accepted) {
        return new BadParameterException(parameter,
                "is '" + value + "'; accepted values: " + String.join(", ", accepted) + ".");
    }

    public String parameter() {
        return parameter;
    }
}
