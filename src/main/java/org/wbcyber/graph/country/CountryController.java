package org.wbcyber.graph.country;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcyber.graph.api.Items;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/countries")
@Tag(name = "Countries", description = "A country's landscape: agencies, policies, scores, incidents, projects, events.")
class CountryController {

    private final CountryService countries;

    CountryController(CountryService countries) {
        this.countries = countries;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Country profile", description = "`id` is the ISO 3166-1 alpha-2 code; Kosovo is XK. "
            + "Agencies of each kind and people by name, incidents and events latest first, projects by name: at most "
            + "`items` of each, with `totals` counting them all (events page by page: `/api/timeline?country=`; "
            + "every project: `/api/funding/countries/{id}`).")
    CountryProfile profile(@PathVariable String id,
            @Parameter(description = Items.DESCRIPTION)
            @RequestParam(defaultValue = Items.DEFAULT_TEXT) int items) {
        return countries.profile(id, items);
    }

    @GetMapping("/{id}/scores")
    @Operation(summary = "Every index, category and indicator score of a country, with criteria and evidence")
    List<CountryProfile.Score> scores(@PathVariable String id,
            @Parameter(description = "Only this index, e.g. ncsi or gci.") @RequestParam(required = false) String index) {
        return countries.scores(id, index);
    }
}
