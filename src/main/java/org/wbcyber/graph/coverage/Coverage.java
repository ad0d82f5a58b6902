package org.wbcyber.graph.coverage;

import java.util.List;

/**
 * Donor coverage of a region's countries by theme. {@code cells}: donor × country × theme with the projects behind
 * each ({@code reach} direct when any of them reaches the country directly, else regional). {@code gaps}: country
 * and theme pairs no project covers. {@code overlaps}: country and theme pairs covered by several projects whose
 * periods overlap ({@code periodOverlap} yes) or may ({@code unknown}: a period is not stated).
 */
public record Coverage(String region, List<Country> countries, List<Theme> themes, List<Cell> cells, List<Gap> gaps,
        List<Overlap> overlaps) {

    public static final String NOT_STATED = "(funder not stated)";

    public record Country(String id, String name) {
    }

    public record Theme(String id, String name) {
    }

    /** {@code donor} is {@value #NOT_STATED} for projects whose source names no funder. */
    public record Cell(String donor, String donorName, String country, String theme, String reach,
            List<ProjectReach> projects) {
    }

    public record ProjectReach(String id, String name, String reach, String period) {
    }

    public record Gap(String country, String theme) {
    }

    public record Overlap(String country, String theme, List<ProjectReach> projects, List<String> donors,
            String periodOverlap) {
    }
}
