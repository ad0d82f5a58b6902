package org.wbcyber.graph.timeline;

import java.util.List;

import org.wbcyber.graph.provenance.Evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event or incident on the timeline: {@code date} as the source states it, {@code start} and {@code end} the
 * first and last day it allows.
 */
public record TimelineItem(String id, String kind, String name, String type, String date, String start, String end,
        String city, String effect, String country, List<Participant> actors, List<String> themes,
        List<Evidence> evidence) {

    public record Participant(String id, String name, String role) {
    }

    @JsonCreator
    static TimelineItem of(@JsonProperty("id") String id, @JsonProperty("kind") String kind,
            @JsonProperty("name") String name, @JsonProperty("type") String type, @JsonProperty("date") String date,
            @JsonProperty("start") String start, @JsonProperty("end") String end, @JsonProperty("city") String city,
            @JsonProperty("effect") String effect, @JsonProperty("country") String country,
            @JsonProperty("actors") List<Participant> actors, @JsonProperty("themes") List<String> themes,
            @JsonProperty("sources") List<String> sources, @JsonProperty("quotes") List<String> quotes) {
        return new TimelineItem(id, kind, name, type, date, start, end, city, effect, country, actors, themes,
                Evidence.of(sources, quotes));
    }
}
