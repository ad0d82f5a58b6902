package org.wbcyber.graph.coverage;

import java.util.List;

/**
 * Donor coverage of a region's countries by theme. {@code cells}: donor × country × theme with the projects behind
 * each ({@code reach} direct when any of them reaches the country directly, else regional). {@code gaps}: country
 * and theme pairs no project covers. {@code overlaps}: country and theme pairs covered by several projects whose
 * periods overlap ({@code periodOverlap} yes) or may ({@code unknown}: a period is not stated). Cells and overlaps
 * count their projects in {@code projectCount}; their {@code projects} may list only the first of them (see
 * {@link #listingAtMost(int)}).
 */
public record Coverage(String region, List<Country> countries, List<Theme> themes, List<Cell> cells, List<Gap> gaps,
        List<Overlap> overlaps) {

    public static final String NOT_STATED = "(funder not stated)";

    public record Country(String id, String name) {
    }

    public record Theme(String id, String name) {
    }

    /**
     * The same coverage with at most {@code projects} projects listed per cell and per overlap, by name: at the
     * scale of IATI data a country and theme hold thousands of projects, and a matrix is read by its counts.
     */
    public Coverage listingAtMost(int projects) {
        return new Coverage(region, countries, themes,
                cells.stream().map(c -> new Cell(c.donor, c.donorName, c.country, c.theme, c.reach, c.projectCount,
                        first(c.projects, projects))).toList(),
                gaps,
                overlaps.stream().map(o -> new Overlap(o.country, o.theme, o.projectCount, first(o.projects, projects),
                        o.donors, o.periodOverlap)).toList());
    }

    private static <T> List<T> first(List<T> items, int most) {
        return items.size() <= most ? items : List.copyOf(items.subList(0, most));
    }

    /** {@code donor} is {@value #NOT_STATED} for projects whose source names no funder. */
    public record Cell(String donor, String donorName, String country, String theme, String reach, int projectCount,
            List<ProjectReach> projects) {
    }

    public record ProjectReach(String id, String name, String reach, String period) {
    }

    public record Gap(String country, String theme) {
    }

    public record Overlap(String country, String theme, int projectCount, List<ProjectReach> projects,
            List<String> donors, String periodOverlap) {
    }
}
