package org.wbcyber.graph.needs;

import java.util.List;

import org.wbcyber.graph.provenance.Evidence;

/**
 * One unmet need: an index indicator (an NCSI indicator, a GCI pillar) a country scores low on, the themes it
 * calls for, and the donor projects that reach the country on those themes: directly first, then by name, at most
 * the asked number of them, {@code projectsTotal} counting them all. {@code category} is the indicator's category
 * where the index has one; {@code year} the score's year where the index gives one. {@code response} is direct,
 * regional (only regional projects answer it) or none.
 */
record Need(String index, String code, String indicator, String name, String category, Long year, double value,
        double max, List<String> themes, String response, List<Response> projects, long projectsTotal,
        String criterion, String evidenceText, List<Evidence> evidence) {

    record Response(String id, String name, String acronym, String status, String start, String end, String reach,
            List<String> regions, List<String> themes, List<Party> funders, List<Party> implementers) {
    }

    record Party(String id, String name, String acronym, String role) {
    }
}
