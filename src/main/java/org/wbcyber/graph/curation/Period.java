package org.wbcyber.graph.curation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date or a range exactly as precise as the source: {@code 2022}, {@code 2022-07}, {@code 2023-05-03},
 * {@code 2023-05-03/2023-05-05}, {@code 2019/2023}, or open-ended {@code 2014/} and {@code /2023}. {@code start}
 * is the first day the text allows and {@code end} the last, so "July 2022" keeps its vagueness and still
 * answers "what happened in 2022?". Either is null for an open end.
 */
public record Period(String text, LocalDate start, LocalDate end) {

    private static final Pattern PART = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$");

    public static Period parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return new Period(trimmed, first(trimmed), last(trimmed));
        }
        String from = trimmed.substring(0, slash).strip();
        String to = trimmed.substring(slash + 1).strip();
        if (from.isEmpty() && to.isEmpty()) {
            throw new IllegalArgumentException("a period needs a start, an end or both");
        }
        LocalDate start = from.isEmpty() ? null : first(from);
        LocalDate end = to.isEmpty() ? null : last(to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("ends (" + to + ") before it starts (" + from + ")");
        }
        return new Period(trimmed, start, end);
    }

    private static Matcher match(String part) {
        Matcher matcher = PART.matcher(part);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + part + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return matcher;
    }

    private static LocalDate first(String part) {
        Matcher m = match(part);
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return LocalDate.of(year, 1, 1);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? LocalDate.of(year, month, 1)
                    : LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + part + "' is not a valid date: " + e.getMessage());
        }
    }

    private static LocalDate last(String part) {
        Matcher m = match(part);
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return LocalDate.of(year, 12, 31);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            return m.group(3) == null ? month.atEndOfMonth() : first(part);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + part + "' is not a valid date: " + e.getMessage());
        }
    }
}
