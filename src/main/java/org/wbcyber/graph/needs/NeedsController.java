package org.wbcyber.graph.needs;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcyber.graph.api.Csv;
import org.wbcyber.graph.api.Items;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/needs")
@Tag(name = "Needs", description = "Needs versus response: the gaps a country's index scores measure, and which "
        + "donor projects address them.")
class NeedsController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final NeedsService needs;

    NeedsController(NeedsService needs) {
        this.needs = needs;
    }

    @GetMapping("/{country}")
    @Operation(summary = "A country's unmet needs and the donor response to each",
            description = "The index indicators (NCSI indicators, GCI pillars) the country scores at most maxShare "
                    + "of the points on, with the themes each calls for (cypher/mappings/ncsi-themes.yaml, "
                    + "cypher/data/gci-pillars.yaml) and the projects reaching the country on "
                    + "those themes, directly or through a region; response 'none' where no project does. Each need "
                    + "lists its first `items` projects, those reaching the country directly first, then by name; "
                    + "`projectsTotal` counts them all. The CSV export lists every project.")
    List<Need> needs(@Parameter(description = "ISO 3166-1 alpha-2 code (Kosovo: XK).", example = "RS")
            @PathVariable String country,
            @Parameter(description = "Highest share of the points that still counts as a need: 0 = zero scores only.")
            @RequestParam(defaultValue = "0.5") double maxShare,
            @Parameter(description = Items.DESCRIPTION)
            @RequestParam(defaultValue = Items.DEFAULT_TEXT) int items) {
        return needs.needs(country, maxShare, items);
    }

    @GetMapping(value = "/{country}.csv")
    @Operation(summary = "The same as CSV: one row per need and responding project ('none' rows for unmet needs)")
    ResponseEntity<String> needsCsv(@PathVariable String country, @RequestParam(defaultValue = "0.5") double maxShare) {
        Csv csv = new Csv("country", "index", "year", "code", "indicator", "category", "score", "max", "themes",
                "response", "project", "project_name", "reach", "funders", "implementers", "start", "end");
        for (Need need : needs.needs(country, maxShare, null)) {
            if (need.projects().isEmpty()) {
                csv.row(country, need.index(), need.year(), need.code(), need.name(), need.category(),
                        number(need.value()), number(need.max()), need.themes(), need.response(), null, null, null, null, null, null, null);
            }
            for (Need.Response p : need.projects()) {
                csv.row(country, need.index(), need.year(), need.code(), need.name(), need.category(),
                        number(need.value()), number(need.max()), need.themes(), need.response(), p.id(), p.name(), p.reach(),
                        p.funders().stream().map(Need.Party::name).toList(),
                        p.implementers().stream().map(Need.Party::name).toList(), p.start(), p.end());
            }
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"needs-" + country + ".csv\"")
                .body(csv.toString());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
