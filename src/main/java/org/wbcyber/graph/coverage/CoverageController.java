package org.wbcyber.graph.coverage;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcyber.graph.api.Csv;
import org.wbcyber.graph.api.Parameters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/coverage")
@Tag(name = "Coverage", description = "Donor × country × theme: where support is, where it is missing, where it piles up.")
class CoverageController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The coverage matrix of a region's countries, with gaps and overlaps",
            description = "A project counts for a country when the country, or a body based there, benefits "
                    + "(direct), or a region it is a member of does (regional). Themes are those the project's "
                    + "text supports. Computed once per state of the graph and kept until it changes.")
    @ApiResponse(responseCode = "200", description = "The matrix.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Coverage.class)))
    ResponseEntity<byte[]> matrix(@Parameter(description = "Region id.") @RequestParam(defaultValue = "WB") String region,
            @Parameter(description = "Only these themes (ids from the theme vocabulary).")
            @RequestParam(required = false) List<String> theme,
            @Parameter(description = "The cells of this many donors (1-10000), most projects in the region first; "
                    + "donorTotal counts them all, and matrix.csv lists them all.")
            @RequestParam(defaultValue = "100") int donors,
            @Parameter(description = "Most projects listed per cell and per overlap, by name (0-1000); projectCount "
                    + "counts them all, and matrix.csv lists them all.")
            @RequestParam(defaultValue = "20") int projects) {
        Parameters.between("donors", donors, 1, 10000);
        Parameters.between("projects", projects, 0, 1000);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(coverage.matrixJson(region, theme, donors, projects));
    }

    @GetMapping("/matrix.csv")
    @Operation(summary = "The coverage cells as CSV: one row per donor, country, theme and project")
    ResponseEntity<byte[]> matrixCsv(@RequestParam(defaultValue = "WB") String region,
            @RequestParam(required = false) List<String> theme) {
        return download(coverage.csv("matrix", region, theme, c -> {
            Csv csv = new Csv("donor", "donor_name", "country", "theme", "project", "project_name", "reach", "period");
            c.cells().forEach(cell -> cell.projects().forEach(p -> csv.row(cell.donor(), cell.donorName(),
                    cell.country(), cell.theme(), p.id(), p.name(), p.reach(), p.period())));
            return csv;
        }), "coverage-" + region + ".csv");
    }

    @GetMapping("/gaps.csv")
    @Operation(summary = "The gaps as CSV: country and theme pairs no project covers")
    ResponseEntity<byte[]> gapsCsv(@RequestParam(defaultValue = "WB") String region,
            @RequestParam(required = false) List<String> theme) {
        return download(coverage.csv("gaps", region, theme, c -> {
            Csv csv = new Csv("country", "theme");
            c.gaps().forEach(gap -> csv.row(gap.country(), gap.theme()));
            return csv;
        }), "gaps-" + region + ".csv");
    }

    @GetMapping("/overlaps.csv")
    @Operation(summary = "The overlaps as CSV: several projects on one country and theme at the same time")
    ResponseEntity<byte[]> overlapsCsv(@RequestParam(defaultValue = "WB") String region,
            @RequestParam(required = false) List<String> theme) {
        return download(coverage.csv("overlaps", region, theme, c -> {
            Csv csv = new Csv("country", "theme", "projects", "donors", "period_overlap");
            c.overlaps().forEach(o -> csv.row(o.country(), o.theme(),
                    o.projects().stream().map(p -> p.id() + " (" + p.reach() + ")").toList(), o.donors(),
                    o.periodOverlap()));
            return csv;
        }), "overlaps-" + region + ".csv");
    }

    private static ResponseEntity<byte[]> download(byte[] csv, String filename) {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .body(csv);
    }
}
