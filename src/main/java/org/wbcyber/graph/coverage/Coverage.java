package org.wbcyber.graph.coverage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Donor coverage of a region's countries by theme. {@code cells}: donor × country × theme with the projects behind
 * each ({@code reach} direct when any of them reaches the country directly, else regional). {@code gaps}: country
 * and theme pairs no project covers. {@code overlaps}: country and theme pairs covered by several projects whose
 * periods overlap ({@code periodOverlap} yes) or may ({@code unknown}: a period is not stated). Cells and overlaps
 * count their projects in {@code projectCount}; their {@code projects} may list only the first of them.
 * {@code donors}: the donors of the cells, most projects in the region first; {@code donorTotal} counts them all
 * when only the first are kept (see {@link #limitedTo(int, int)}).
 */
public record Coverage(String region, List<Country> countries, List<Theme> themes, int donorTotal, List<Donor> donors,
        List<Cell> cells, List<Gap> gaps, List<Overlap> overlaps) {

    public static final String NOT_STATED = "(funder not stated)";

    public record Country(String id, String name) {
    }

    public record Theme(String id, String name) {
    }

    /**
     * The same coverage with the cells of the first {@code donors} donors only, and at most {@code projects}
     * projects listed per cell and per overlap, by name: at the scale of IATI data a region has thousands of
     * donors and a country and theme thousands of projects, and a matrix is read by its largest rows and its
     * counts. Gaps and overlaps are those of every project.
     */
    public Coverage limitedTo(int donors, int projects) {
        List<Donor> kept = first(this.donors, donors);
        Set<String> keptIds = new HashSet<>();
        kept.forEach(d -> keptIds.add(d.id));
        return new Coverage(region, countries, themes, donorTotal, kept,
                cells.stream().filter(c -> keptIds.contains(c.donor))
                        .map(c -> new Cell(c.donor, c.donorName, c.country, c.theme, c.reach, c.projectCount,
                                first(c.projects, projects))).toList(),
                gaps,
                overlaps.stream().map(o -> new Overlap(o.country, o.theme, o.projectCount, first(o.projects, projects),
                        o.donors, o.periodOverlap)).toList());
    }

    private static <T> List<T> first(List<T> items, int most) {
        return items.size() <= most ? items : List.copyOf(items.subList(0, most));
    }

    /** A donor of the region's projects and how many of them it funds. */
    public record Donor(String id, String name, int projectCount) {
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
