package org.wbcyber.graph.provenance;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One relationship of the graph as a statement: {@code from} {@code type} {@code to} (with its {@code role} where
 * it has one), and the quotes that state it.
 */
public record Statement(String from, String type, String to, String role, List<Evidence> evidence) {

    @JsonCreator
    static Statement of(@JsonProperty("from") String from, @JsonProperty("type") String type,
            @JsonProperty("to") String to, @JsonProperty("role") String role,
            @JsonProperty("sources") List<String> sources, @JsonProperty("quotes") List<String> quotes) {
        return new Statement(from, type, to, role, Evidence.of(sources, quotes));
    }
}
