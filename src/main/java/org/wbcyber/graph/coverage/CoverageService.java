package org.wbcyber.graph.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.api.Parameters;
import org.wbcyber.graph.funding.FundingRecords.Reach;
import org.wbcyber.graph.funding.FundingRecords.RoleOf;
import org.wbcyber.graph.funding.FundingService;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.query.GraphQueries;

/** The donor × country × theme matrix of a region, with its gaps and overlaps. */
@Service
class CoverageService {

    private final GraphQueries queries;
    private final FundingService funding;
    private final Map<String, String> themeNames = new LinkedHashMap<>();

    CoverageService(GraphQueries queries, FundingService funding, GraphModel model) {
        this.queries = queries;
        this.funding = funding;
        model.themes().terms().values().forEach(term -> themeNames.put(term.id(), term.name()));
    }

    Coverage coverage(String region, List<String> themeFilter) {
        List<String> themes = Parameters.allOf("theme", themeFilter, themeNames.keySet());
        List<String> themeIds = themes == null ? List.copyOf(themeNames.keySet()) : themes;
        List<Coverage.Country> countries = queries.list("region-countries", Map.of("region", region),
                Coverage.Country.class);
        if (countries.isEmpty()) {
            throw new NotFoundException("region with member countries", region);
        }
        Map<String, CellBuilder> cells = new TreeMap<>();
        Map<String, Map<String, Project>> byCountryTheme = new TreeMap<>();
        for (Coverage.Country country : countries) {
            for (Reach reach : funding.reach(country.id())) {
                Project project = new Project(reach);
                List<RoleOf> funders = reach.funders().isEmpty() ? List.of(new RoleOf(null, null)) : reach.funders();
                for (String theme : reach.themes()) {
                    if (!themeIds.contains(theme)) {
                        continue;
                    }
                    byCountryTheme.computeIfAbsent(country.id() + "|" + theme, k -> new LinkedHashMap<>())
                            .put(reach.project().id(), project);
                    for (RoleOf funder : funders) {
                        String donor = funder.actor() == null ? Coverage.NOT_STATED : funder.actor().id();
                        String donorName = funder.actor() == null ? Coverage.NOT_STATED : funder.actor().name();
                        cells.computeIfAbsent(donor + "|" + country.id() + "|" + theme,
                                key -> new CellBuilder(donor, donorName, country.id(), theme)).add(project.reach());
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
        return new Coverage(region, countries, themeList, cells.values().stream().map(CellBuilder::build).toList(), gaps,
                overlaps);
    }

    /**
     * Several projects on one country and theme overlap when two of their periods do, or may (one unknown). The
     * projects in an overlap are those in such a pair; found by a sweep over the periods sorted by start, not by
     * trying every pair (a country and theme may have thousands of projects).
     */
    private static java.util.Optional<Coverage.Overlap> overlap(String country, String theme, List<Project> projects) {
        List<LocalDate[]> periods = projects.stream().map(p -> new LocalDate[] {p.start, p.end}).toList();
        PeriodOverlaps found = PeriodOverlaps.of(periods);
        if (!found.any()) {
            return java.util.Optional.empty();
        }
        List<Project> inOverlap = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            if (found.involved()[i]) {
                inOverlap.add(projects.get(i));
            }
        }
        TreeSet<String> donors = new TreeSet<>();
        inOverlap.forEach(p -> p.funders.forEach(f -> donors.add(f)));
        return java.util.Optional.of(new Coverage.Overlap(country, theme,
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
                    List.copyOf(projects));
        }
    }

    private static final class Project {
        final Coverage.ProjectReach reach;
        final LocalDate start;
        final LocalDate end;
        final List<String> funders;

        Project(Reach reach) {
            this.reach = new Coverage.ProjectReach(reach.project().id(), reach.project().name(), reach.reach(),
                    reach.project().period());
            this.start = reach.project().start();
            this.end = reach.project().end();
            this.funders = reach.funders().stream().map(f -> f.actor().id()).toList();
        }

        Coverage.ProjectReach reach() {
            return reach;
        }
    }
}
