package org.wbcyber.graph.country;

import java.util.List;
import java.util.Map;

import org.wbcyber.graph.funding.FundingRecords.Reach;
import org.wbcyber.graph.provenance.Evidence;
import org.wbcyber.graph.provenance.Statement;
import org.wbcyber.graph.query.Linked;

/**
 * A country's landscape. {@code agencies}: bodies and groups based there, by kind; {@code policies}: documents that
 * cover it or that it or its bodies adopted, ratified, signed or run, with status and validity; {@code scores}:
 * index and category scores (every indicator under {@code /api/countries/{id}/scores}); {@code projects}: the
 * projects that reach it, directly or regionally. The lists that grow with the work recorded (agencies of each
 * kind, people, incidents, events, projects) hold at most {@code items} each; {@code totals} counts them all.
 */
public record CountryProfile(String id, String name, List<String> aliases, List<String> localNames, String capital,
        String summary, List<Evidence> evidence, List<Linked> memberships, Map<String, List<Linked>> agencies,
        List<Linked> people, List<Policy> policies, List<Score> scores, List<Linked> incidents, List<Linked> events,
        List<Reach> projects, int items, Totals totals) {

    /** How many of each capped list there are: agencies by kind. */
    public record Totals(Map<String, Long> agencies, long people, long incidents, long events, long projects) {
    }

    public record Policy(Document document, Statement statement) {
    }

    public record Document(String id, String name, String acronym, String type, String status, String validity,
            String reference) {
    }

    public record Score(String index, String indicator, String code, String name, String level, Long year,
            Double value, Double max, Double percent, Long rank, Boolean available, String criterion,
            String evidenceText, List<String> cites, List<Evidence> evidence) {

        @com.fasterxml.jackson.annotation.JsonCreator
        static Score of(@com.fasterxml.jackson.annotation.JsonProperty("index") String index,
                @com.fasterxml.jackson.annotation.JsonProperty("indicator") String indicator,
                @com.fasterxml.jackson.annotation.JsonProperty("code") String code,
                @com.fasterxml.jackson.annotation.JsonProperty("name") String name,
                @com.fasterxml.jackson.annotation.JsonProperty("level") String level,
                @com.fasterxml.jackson.annotation.JsonProperty("year") Long year,
                @com.fasterxml.jackson.annotation.JsonProperty("value") Double value,
                @com.fasterxml.jackson.annotation.JsonProperty("max") Double max,
                @com.fasterxml.jackson.annotation.JsonProperty("percent") Double percent,
                @com.fasterxml.jackson.annotation.JsonProperty("rank") Long rank,
                @com.fasterxml.jackson.annotation.JsonProperty("available") Boolean available,
                @com.fasterxml.jackson.annotation.JsonProperty("criterion") String criterion,
                @com.fasterxml.jackson.annotation.JsonProperty("evidenceText") String evidenceText,
                @com.fasterxml.jackson.annotation.JsonProperty("cites") List<String> cites,
                @com.fasterxml.jackson.annotation.JsonProperty("sources") List<String> sources,
                @com.fasterxml.jackson.annotation.JsonProperty("quotes") List<String> quotes) {
            return new Score(index, indicator, code, name, level, year, value, max, percent, rank, available,
                    criterion, evidenceText, cites == null ? List.of() : cites, Evidence.of(sources, quotes));
        }
    }
}
