package org.wbcyber.graph.search;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcyber.graph.api.Paging;
import org.wbcyber.graph.api.Parameters;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.LabelDefinition;
import org.wbcyber.graph.query.GraphQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/search")
@Tag(name = "Search", description = "Find actors, projects, events and more by any of their names.")
class SearchController {

    private final GraphQueries queries;
    private final List<String> searchable;

    SearchController(GraphQueries queries, GraphModel model) {
        this.queries = queries;
        this.searchable = model.labels().values().stream().filter(LabelDefinition::searchable)
                .map(LabelDefinition::name).toList();
    }

    @GetMapping
    @Operation(summary = "Search by name, acronym, alias or local name",
            description = "Case- and diacritics-insensitive ('Mugosa' finds 'Mugoša'); a word also matches names "
                    + "it starts ('Europ' finds Europol). Best match first. Backed by the `names` full-text index. "
                    + "The best " + SearchQuery.WINDOW + " matches are ranked and counted: `more` is true when "
                    + "there are others, and a page starting after them is refused.")
    SearchPage search(
            @Parameter(description = "Words to look for; punctuation is ignored.", example = "e-GA")
            @RequestParam String q,
            @Parameter(description = "Only these labels, e.g. Organisation, Person, Project, Event.")
            @RequestParam(required = false) List<String> label,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Map<String, Object> parameters = SearchQuery.parameters(q, Parameters.allOf("label", label, searchable),
                Paging.of(page, size));
        var row = queries.read("search", parameters).get(0);
        List<SearchHit> hits = row.get("hits").asList(value -> queries.bind(value.asObject(), SearchHit.class));
        return new SearchPage(hits, page, size, row.get("total").asLong(), row.get("more").asBoolean());
    }
}
