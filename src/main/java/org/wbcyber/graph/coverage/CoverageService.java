package org.wbcyber.graph.coverage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.Csv;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.api.Parameters;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.query.AnswerCache;
import org.wbcyber.graph.query.GraphChanges;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.QueryProperties;

import tools.jackson.databind.json.JsonMapper;

/** The donor × country × theme matrix of a region, with its gaps and overlaps. */
@Service
class CoverageService {

    private static final Funder NO_FUNDER = new Funder(Coverage.NOT_STATED, Coverage.NOT_STATED);

    private final GraphQueries queries;
    private final JsonMapper json;
    private final AnswerCache<List<Object>, Coverage> answers;
    private final AnswerCache<List<Object>, byte[]> rendered;
    private final Map<String, String> themeNames = new LinkedHashMap<>();

    CoverageService(GraphQueries queries, GraphModel model, GraphChanges changes, QueryProperties limits,
            JsonMapper json) {
        this.queries = queries;
        this.json = json;
        this.answers = new AnswerCache<>(changes, limits.keptAnswers());
        this.rendered = new AnswerCache<>(changes, limits.keptAnswers());
        model.themes().terms().values().forEach(term -> themeNames.put(term.id(), term.name()));
    }

    /**
     * The matrix as the API sends it, in JSON: at the scale of IATI data the default view is megabytes, and
     * writing it took most of a request once the coverage itself was kept; so the bytes are kept too, per view.
     */
    byte[] matrixJson(String region, List<String> themeFilter, int donors, int projects) {
        List<String> themes = themeFilter == null ? null : List.copyOf(themeFilter);
        return rendered.get(Arrays.asList(region, themes, donors, projects),
                () -> json.writeValueAsBytes(coverage(region, themes).limitedTo(donors, projects)));
    }

    /**
     * A CSV download of the coverage ({@code kind}: matrix, gaps, overlaps), kept like the JSON: the matrix lists
     * every project of every cell (tens of MB at the scale of IATI data), and 32 program officers exporting it at
     * once each built their own copy until the heap ran out.
     */
    byte[] csv(String kind, String region, List<String> themeFilter, Function<Coverage, Csv> build) {
        List<String> themes = themeFilter == null ? null : List.copyOf(themeFilter);
        return rendered.get(Arrays.asList(kind + ".csv", region, themes),
                () -> build.apply(coverage(region, themes)).toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The whole coverage of a region: every project of it is read, so the answer is kept until the graph changes
     * and shared by the requests for the same region and themes.
     */
    private Coverage coverage(String region, List<String> themeFilter) {
        List<String> themes = Parameters.allOf("theme", themeFilter, themeNames.keySet());
        Set<String> themeIds = new LinkedHashSet<>(themes == null ? themeNames.keySet() : themes);
        return answers.get(List.of(region, List.copyOf(themeIds)), () -> compute(region, themeIds));
    }

    private Coverage compute(String region, Set<String> themeIds) {
        List<Coverage.Country> countries = queries.list("region-countries", Map.of("region", region),
                Coverage.Country.class);
        if (countries.isEmpty()) {
            throw new NotFoundException("region with member countries", region);
        }
        Map<String, CellBuilder> cells = new TreeMap<>();
        Map<String, Map<String, Project>> byCountryTheme = new TreeMap<>();
        for (Row row : queries.list("coverage-rows", Map.of("region", region), Row.class)) {
            List<Funder> funders = row.funders().isEmpty() ? List.of(NO_FUNDER) : row.funders();
            for (CountryReach reached : row.countries()) {
                Project project = new Project(row, reached.reach());
                for (String theme : row.themes()) {
                    if (!themeIds.contains(theme)) {
                        continue;
                    }
                    byCountryTheme.computeIfAbsent(reached.country() + "|" + theme, k -> new LinkedHashMap<>())
                            .put(row.id(), project);
                    for (Funder funder : funders) {
                        cells.computeIfAbsent(funder.id() + "|" + reached.country() + "|" + theme,
                                key -> new CellBuilder(funder.id(), funder.name(), reached.country(), theme))
                                .add(project.reach());
                    }
                }
            }
        }
        List<Coverage.Gap> gaps = new ArrayList<>();
        List<Coverage.Overlap> overlaps = new ArrayList<>();
        for (Coverage.Country country : countries) {
            for (String theme : themeIds) {
                Map<String, Project> projects = byCountryTheme.get(country.id() + "|" + theme);
                if (projects == null) {
                    gaps.add(new Coverage.Gap(country.id(), theme));
                } else if (projects.size() > 1) {
                    overlap(country.id(), theme, List.copyOf(projects.values())).ifPresent(overlaps::add);
                }
            }
        }
        List<Coverage.Theme> themeList = themeIds.stream().map(id -> new Coverage.Theme(id, themeNames.get(id))).toList();
        Map<String, Set<String>> projectsOf = new HashMap<>();
        Map<String, String> donorNames = new HashMap<>();
        for (CellBuilder cell : cells.values()) {
            Set<String> projects = projectsOf.computeIfAbsent(cell.donor, k -> new HashSet<>());
            cell.projects.forEach(p -> projects.add(p.id()));
            donorNames.put(cell.donor, cell.donorName);
        }
        List<Coverage.Donor> donors = projectsOf.entrySet().stream()
                .map(e -> new Coverage.Donor(e.getKey(), donorNames.get(e.getKey()), e.getValue().size()))
                .sorted(Comparator.comparingInt(Coverage.Donor::projectCount).reversed()
                        .thenComparing(Coverage.Donor::id))
                .toList();
        return new Coverage(region, countries, themeList, donors.size(), donors,
                cells.values().stream().map(CellBuilder::build).toList(), List.copyOf(gaps), List.copyOf(overlaps));
    }

    /** A project reaching member countries, as coverage-rows.cypher returns it. */
    record Row(String id, String name, String period, LocalDate start, LocalDate end, List<CountryReach> countries,
            List<Funder> funders, List<String> themes) {
    }

    record CountryReach(String country, String reach) {
    }

    record Funder(String id, String name) {
    }

    /**
     * Several projects on one country and theme overlap when two of their periods do, or may (one unknown). The
     * projects in an overlap are those in such a pair; found by a sweep over the periods sorted by start, not by
     * trying every pair (a country and theme may have thousands of projects).
     */
    private static Optional<Coverage.Overlap> overlap(String country, String theme, List<Project> projects) {
        List<LocalDate[]> periods = projects.stream().map(p -> new LocalDate[] {p.start, p.end}).toList();
        PeriodOverlaps found = PeriodOverlaps.of(periods);
        if (!found.any()) {
            return Optional.empty();
        }
        List<Project> inOverlap = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            if (found.involved()[i]) {
                inOverlap.add(projects.get(i));
            }
        }
        TreeSet<String> donors = new TreeSet<>();
        inOverlap.forEach(p -> p.funders.forEach(f -> donors.add(f)));
        return Optional.of(new Coverage.Overlap(country, theme, inOverlap.size(),
                inOverlap.stream().map(Project::reach).toList(), List.copyOf(donors), found.known() ? "yes" : "unknown"));
    }

    /** The cell of a donor, country and theme while the projects are gathered. */
    private static final class CellBuilder {
        private final String donor;
        private final String donorName;
        private final String country;
        private final String theme;
        private final List<Coverage.ProjectReach> projects = new ArrayList<>();
        private boolean direct;

        CellBuilder(String donor, String donorName, String country, String theme) {
            this.donor = donor;
            this.donorName = donorName;
            this.country = country;
            this.theme = theme;
        }

        void add(Coverage.ProjectReach project) {
            projects.add(project);
            direct |= project.reach().equals("direct");
        }

        Coverage.Cell build() {
            return new Coverage.Cell(donor, donorName, country, theme, direct ? "direct" : "regional",
                    projects.size(), List.copyOf(projects));
        }
    }

    private static final class Project {
        final Coverage.ProjectReach reach;
        final LocalDate start;
        final LocalDate end;
        final List<String> funders;

        Project(Row row, String reach) {
            this.reach = new Coverage.ProjectReach(row.id(), row.name(), reach, row.period());
            this.start = row.start();
            this.end = row.end();
            this.funders = row.funders().stream().map(Funder::id).toList();
        }

        Coverage.ProjectReach reach() {
            return reach;
        }
    }
}
