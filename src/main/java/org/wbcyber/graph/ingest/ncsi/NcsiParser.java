package org.wbcyber.graph.ingest.ncsi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.model.Position;

/**
 * Reads a National Cyber Security Index (NCSI) country page saved as text (cypher/sources/002_… is Serbia's):
 *
 * <pre>
 * Serbia                                              optional header: the country's name,
 * National Cyber Security Index 58.44                   its overall score
 * Rank 37                                               and rank
 * 5. Protection of digital services 5/5 100%55 100%   a category: number, name, score/max, percent,
 *                                                       then score and max again, run together, and percent
 * 5.1. Cyber security responsibility … 111            an indicator: code, name, score digits
 * CriteriaAccording to legislation, …                 its criterion
 * Accepted referencesLegal act                        the references the index accepts as evidence
 * By the amendments of The Law on Information …       the evidence for the country: every line up to the
 *                                                       next indicator or category (there may be none)
 * </pre>
 *
 * <p>The score digits are the score, then the score and the maximum run together as in the category line's
 * "55" (5 of 5): "001" is 0 of 1, "333" is 3 of 3, "112" would be 1 of 2 (the seed page has only full and zero
 * scores, so only this reading puts a score where the zeros are). The indicators of a category add up to the
 * category's score and maximum on the seed page; that is checked for every page.
 *
 * <p>Nothing is half-read: every problem in the page is collected, with its line, and any problem throws an
 * {@link NcsiPageException} listing them all.
 */
public final class NcsiParser {

    private static final Pattern CATEGORY_LIKE = Pattern.compile("^\\d+\\.\\s.*%$");
    private static final Pattern CATEGORY = Pattern.compile(
            "^(\\d+)\\.\\s+(.+?)\\s+(\\d+)/(\\d+)\\s+(\\d+)%(\\d+)\\s+(\\d+)%$");
    private static final Pattern INDICATOR_LIKE = Pattern.compile("^(\\d+)\\.(\\d+)\\.\\s");
    private static final Pattern INDICATOR = Pattern.compile("^(\\d+)\\.(\\d+)\\.\\s+(.+?)\\s+(\\S+)$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");
    private static final Pattern OVERALL_SCORE = Pattern.compile(
            "^National Cyber Security Index:?\\s+(\\d{1,3}(?:\\.\\d+)?)$");
    private static final Pattern OVERALL_RANK = Pattern.compile("^(?:NCSI\\s+)?[Rr]ank:?\\s+(\\d+)\\.?$");
    private static final String CRITERIA = "Criteria";
    private static final String REFERENCES = "Accepted references";
    private static final String CATEGORY_FORMAT = "'N. Name score/max percent%scoremax percent%'";
    private static final String INDICATOR_FORMAT = "'N.M. Name digits'";

    public NcsiPage parse(String file, String text) {
        return new Run(file).parse(text);
    }

    /** An indicator's score digits read as score, score again, maximum; null when they do not read so. */
    static int[] scoreDigits(String digits) {
        int[] found = null;
        for (int k = 1; 2 * k < digits.length(); k++) {
            String score = digits.substring(0, k);
            String max = digits.substring(2 * k);
            if (!digits.substring(k, 2 * k).equals(score) || leadingZero(score) || leadingZero(max)) {
                continue;
            }
            int s = Integer.parseInt(score);
            int m = Integer.parseInt(max);
            if (m == 0 || s > m) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = new int[] {s, m};
        }
        return found;
    }

    private static boolean leadingZero(String number) {
        return number.length() > 1 && number.charAt(0) == '0';
    }

    private enum State { HEADER, CATEGORY, CRITERION, REFERENCES, EVIDENCE, SKIP }

    /** One parse: the state while reading a single page. */
    private static final class Run {

        private final String file;
        private final List<Problem> problems = new ArrayList<>();
        private final List<NcsiPage.Category> categories = new ArrayList<>();
        private final Set<String> codes = new HashSet<>();
        private State state = State.HEADER;
        private NcsiPage.Line country;
        private Double overallScore;
        private NcsiPage.Line overallScoreLine;
        private Integer overallRank;
        private NcsiPage.Line overallRankLine;

        // the category being read, and whether all its indicators could be read (else its sums are not checked)
        private NcsiPage.Category category;
        private List<NcsiPage.Indicator> indicators;
        private boolean complete;
        // the last category line could not be read: its indicators are skipped, not reported as outside one
        private boolean unreadCategory;

        // the indicator being read
        private NcsiPage.Line indicatorLine;
        private String code;
        private String name;
        private int[] score;
        private NcsiPage.Line criterionLine;
        private NcsiPage.Line referencesLine;
        private List<NcsiPage.Line> evidence;

        Run(String file) {
            this.file = file;
        }

        NcsiPage parse(String text) {
            String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String content = lines[i].strip();
                if (!content.isEmpty()) {
                    line(new NcsiPage.Line(i + 1, content));
                }
            }
            endCategory();
            if (categories.isEmpty() && problems.isEmpty()) {
                problem(1, null, "no category line (" + CATEGORY_FORMAT + "): this is not an NCSI country page");
            }
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparingInt(p -> p.position().line()));
                throw new NcsiPageException(file, problems);
            }
            NcsiPage.Overall overall = overallScoreLine == null && overallRankLine == null ? null
                    : new NcsiPage.Overall(overallScore, overallScoreLine, overallRank, overallRankLine);
            return new NcsiPage(file, country, overall, List.copyOf(categories));
        }

        private void line(NcsiPage.Line line) {
            String text = line.text();
            if (CATEGORY_LIKE.matcher(text).matches() && !INDICATOR_LIKE.matcher(text).find()) {
                endCategory();
                category(line);
                return;
            }
            Matcher indicatorLike = INDICATOR_LIKE.matcher(text);
            if (indicatorLike.find()) {
                endIndicator();
                indicator(line, indicatorLike.group(1));
                return;
            }
            switch (state) {
                case HEADER -> header(line);
                case CATEGORY -> problem(line.number(), "category " + category.number(), "expected an indicator line ("
                        + INDICATOR_FORMAT + ") after the category line, found '" + abbreviate(text) + "'");
                case CRITERION -> {
                    if (text.startsWith(CRITERIA)) {
                        criterionLine = line;
                        state = State.REFERENCES;
                    } else {
                        problem(line.number(), "indicator " + code, "expected the criterion ('" + CRITERIA
                                + "…') after the indicator line, found '" + abbreviate(text) + "'");
                        state = State.SKIP;
                    }
                }
                case REFERENCES -> {
                    if (text.startsWith(REFERENCES)) {
                        referencesLine = line;
                        state = State.EVIDENCE;
                    } else {
                        problem(line.number(), "indicator " + code, "expected the accepted references ('"
                                + REFERENCES + "…') after the criterion, found '" + abbreviate(text) + "'");
                        state = State.SKIP;
                    }
                }
                case EVIDENCE -> evidence.add(line);
                case SKIP -> {
                }
            }
        }

        private void header(NcsiPage.Line line) {
            Matcher score = OVERALL_SCORE.matcher(line.text());
            Matcher rank = OVERALL_RANK.matcher(line.text());
            if (score.matches() && overallScoreLine == null) {
                overallScore = Double.parseDouble(score.group(1));
                overallScoreLine = line;
            } else if (rank.matches() && overallRankLine == null) {
                overallRank = Integer.parseInt(rank.group(1));
                overallRankLine = line;
            } else if (country == null && overallScoreLine == null && overallRankLine == null
                    && line.text().chars().noneMatch(Character::isDigit)) {
                country = line;
            } else {
                problem(line.number(), null, "expected the country's name (first), 'National Cyber Security Index "
                        + "<score>', 'Rank <rank>' or a category line (" + CATEGORY_FORMAT + "), found '"
                        + abbreviate(line.text()) + "'");
            }
        }

        private void category(NcsiPage.Line line) {
            state = State.SKIP;
            unreadCategory = true;
            Matcher m = CATEGORY.matcher(line.text());
            if (!m.matches()) {
                problem(line.number(), null, "expected a category line (" + CATEGORY_FORMAT
                        + ", e.g. '5. Protection of digital services 5/5 100%55 100%'), found '"
                        + abbreviate(line.text()) + "'");
                return;
            }
            String number = m.group(1);
            String where = "category " + number;
            int s = Integer.parseInt(m.group(3));
            int max = Integer.parseInt(m.group(4));
            int percent = Integer.parseInt(m.group(5));
            boolean ok = true;
            if (!codes.add(number)) {
                problem(line.number(), where, "category " + number + " appears twice");
                ok = false;
            }
            if (max == 0 || s > max) {
                problem(line.number(), where, "score " + s + " of " + max + ": expected a maximum above 0 and a score"
                        + " not above it");
                ok = false;
            } else if (Math.abs(percent - 100.0 * s / max) >= 1) {
                problem(line.number(), where, percent + "% is not " + s + " of " + max);
                ok = false;
            }
            if (!m.group(6).equals(m.group(3) + m.group(4)) || !m.group(7).equals(m.group(5))) {
                problem(line.number(), where, "the figures repeated after the percent ('" + m.group(6) + " "
                        + m.group(7) + "%') are not the score and maximum run together and the percent ('"
                        + m.group(3) + m.group(4) + " " + m.group(5) + "%')");
                ok = false;
            }
            if (!ok) {
                return;
            }
            unreadCategory = false;
            category = new NcsiPage.Category(line, number, m.group(2), s, max, percent, List.of());
            indicators = new ArrayList<>();
            complete = true;
            state = State.CATEGORY;
        }

        private void indicator(NcsiPage.Line line, String categoryNumber) {
            state = State.SKIP;
            Matcher m = INDICATOR.matcher(line.text());
            String where = m.matches() ? "indicator " + m.group(1) + "." + m.group(2) : null;
            if (category == null && unreadCategory) {
                return;
            }
            if (category == null) {
                problem(line.number(), where, "indicator outside a category: expected a category line ("
                        + CATEGORY_FORMAT + ") before it");
                return;
            }
            if (!categoryNumber.equals(category.number())) {
                problem(line.number(), where, "indicator outside its category: it follows category "
                        + category.number() + ", its code says category " + categoryNumber);
                complete = false;
                return;
            }
            if (!m.matches() || !DIGITS.matcher(m.group(4)).matches()) {
                problem(line.number(), where, "expected an indicator line (" + INDICATOR_FORMAT + ", e.g. '9.2. "
                        + "Reporting responsibility 001'), found '" + abbreviate(line.text()) + "'");
                complete = false;
                return;
            }
            String indicatorCode = m.group(1) + "." + m.group(2);
            int[] digits = scoreDigits(m.group(4));
            if (digits == null) {
                problem(line.number(), where, "score digits '" + m.group(4) + "' do not read as score, the score "
                        + "again and the maximum (e.g. '001' = 0 of 1, '333' = 3 of 3)");
                complete = false;
                return;
            }
            if (!codes.add(indicatorCode)) {
                problem(line.number(), where, "indicator " + indicatorCode + " appears twice");
                complete = false;
                return;
            }
            indicatorLine = line;
            code = indicatorCode;
            name = m.group(3);
            score = digits;
            criterionLine = null;
            referencesLine = null;
            evidence = new ArrayList<>();
            state = State.CRITERION;
        }

        private void endIndicator() {
            if (indicatorLine == null) {
                return;
            }
            if (criterionLine == null || referencesLine == null) {
                if (state != State.SKIP) {
                    problem(indicatorLine.number(), "indicator " + code, "ends before its "
                            + (criterionLine == null ? "criterion ('" + CRITERIA : "accepted references ('" + REFERENCES)
                            + "…')");
                }
                complete = false;
            } else {
                indicators.add(new NcsiPage.Indicator(indicatorLine, code, name, score[0], score[1], criterionLine,
                        criterionLine.text().substring(CRITERIA.length()).strip(), referencesLine,
                        referencesLine.text().substring(REFERENCES.length()).strip(), List.copyOf(evidence)));
            }
            indicatorLine = null;
        }

        private void endCategory() {
            endIndicator();
            if (category == null) {
                return;
            }
            String where = "category " + category.number();
            if (indicators.isEmpty() && complete) {
                problem(category.line().number(), where, "category " + category.number() + " has no indicators");
            } else if (complete) {
                int sum = indicators.stream().mapToInt(NcsiPage.Indicator::score).sum();
                int max = indicators.stream().mapToInt(NcsiPage.Indicator::max).sum();
                if (sum != category.score() || max != category.max()) {
                    problem(category.line().number(), where, "its indicators add up to " + sum + " of " + max
                            + ", the category line says " + category.score() + " of " + category.max());
                }
            }
            categories.add(new NcsiPage.Category(category.line(), category.number(), category.name(),
                    category.score(), category.max(), category.percent(), List.copyOf(indicators)));
            category = null;
        }

        private void problem(int line, String field, String message) {
            problems.add(new Problem(new Position(file, line), field, message));
        }

        private static String abbreviate(String text) {
            return text.length() <= 80 ? text : text.substring(0, 77) + "...";
        }
    }
}
