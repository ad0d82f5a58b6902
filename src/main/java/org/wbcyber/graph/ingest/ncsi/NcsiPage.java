package org.wbcyber.graph.ingest.ncsi;

import java.util.List;

/**
 * One NCSI country page as {@link NcsiParser} reads it. Every part keeps the line it was read from and that
 * line's text, so that what is made of it can quote the page verbatim.
 *
 * @param file       the page's file name, for messages
 * @param country    the country's name, if the page states it before the first category
 * @param overall    the country's overall NCSI figures, if the page states them
 * @param categories the categories in page order, each with its indicators
 */
public record NcsiPage(String file, Line country, Overall overall, List<Category> categories) {

    /** A line of the page: its 1-based number and its text (without the line break). */
    public record Line(int number, String text) {
    }

    /** The overall score (out of 100) and rank, each with the line stating it; either may be absent. */
    public record Overall(Double score, Line scoreLine, Integer rank, Line rankLine) {
    }

    /**
     * A category: "5. Protection of digital services 5/5 100%55 100%".
     *
     * @param number the category's number ("5")
     */
    public record Category(Line line, String number, String name, int score, int max, int percent,
            List<Indicator> indicators) {

        /** The category's heading without the country's figures: "5. Protection of digital services". */
        public String heading() {
            return number + ". " + name;
        }
    }

    /**
     * An indicator: "9.2. Reporting responsibility 001", then its criterion, accepted references and evidence.
     *
     * @param code           "9.2"
     * @param criterionLine  the line "Criteria…" (verbatim); {@code criterion} is its text after "Criteria"
     * @param referencesLine the line "Accepted references…" (verbatim)
     * @param evidence       the evidence lines that follow, verbatim; none when the page gives no evidence
     */
    public record Indicator(Line line, String code, String name, int score, int max, Line criterionLine,
            String criterion, Line referencesLine, String acceptedReferences, List<Line> evidence) {

        /** The indicator's heading without the country's score digits: "9.2. Reporting responsibility". */
        public String heading() {
            return code + ". " + name;
        }

        /** The evidence as the page writes it, one line per line; empty when there is none. */
        public String evidenceText() {
            return String.join("\n", evidence.stream().map(Line::text).toList());
        }
    }

    public List<Indicator> indicators() {
        return categories.stream().flatMap(c -> c.indicators().stream()).toList();
    }
}
