package org.wbcyber.graph.funding;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcyber.graph.api.Items;
import org.wbcyber.graph.api.Page;
import org.wbcyber.graph.api.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/funding")
@Tag(name = "Funding", description = "Who funds what: by donor, by country, by project. Budgets as stated.")
class FundingController {

    private final FundingService funding;

    FundingController(FundingService funding) {
        this.funding = funding;
    }

    @GetMapping("/donors")
    @Operation(summary = "Every actor that funds or co-finances a project, most projects first",
            description = "A page of donors; each with how many projects it funds and the ids of the first "
                    + "`items` by name.")
    Page<FundingRecords.Donor> donors(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = Items.DESCRIPTION)
            @RequestParam(defaultValue = Items.DEFAULT_TEXT) int items) {
        return funding.donors(Paging.of(page, size), items);
    }

    @GetMapping("/donors/{id}")
    @Operation(summary = "A donor's portfolio: projects, implementers, beneficiaries, themes, amounts as stated",
            description = "Includes projects funded through a body that is part of the donor (the European "
                    + "Commission for the EU), named in `through`. The first `items` by project name; `total` "
                    + "counts them all, and `beneficiaries` and `themes` cover every project.")
    FundingRecords.Portfolio donor(@PathVariable String id,
            @Parameter(description = Items.DESCRIPTION)
            @RequestParam(defaultValue = Items.DEFAULT_TEXT) int items) {
        return funding.donor(id, items);
    }

    @GetMapping("/countries/{country}")
    @Operation(summary = "Which donors fund what in a country: projects reaching it directly or regionally",
            description = "The first `items` projects by name, and the first `items` donors: those funding a "
                    + "project that reaches the country directly first, then by how many of its projects they "
                    + "fund. `totals` counts them all.")
    FundingRecords.CountryFunding country(@PathVariable String country,
            @Parameter(description = Items.DESCRIPTION)
            @RequestParam(defaultValue = Items.DEFAULT_TEXT) int items) {
        return funding.country(country, items);
    }

    @GetMapping("/projects/{id}")
    @Operation(summary = "A project's funders (incl. co-financing), implementers, beneficiaries, themes, budget")
    FundingRecords.ProjectFunding project(@PathVariable String id) {
        return funding.project(id);
    }
}
