package org.wbcyber.graph.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.api.Page;
import org.wbcyber.graph.api.Paging;
import org.wbcyber.graph.api.Parameters;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.query.GraphQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/timeline")
@Tag(name = "Timeline", description = "Events and incidents in time.")
class TimelineController {

    private final GraphQueries queries;
    private final List<String> themes;

    TimelineController(GraphQueries queries, GraphModel model) {
        this.queries = queries;
        this.themes = List.copyOf(model.themes().terms().keySet());
    }

    @GetMapping
    @Operation(summary = "Events and incidents in a period, oldest first",
            description = "An item is in the period when its dates, as precise as the source gives them, overlap "
                    + "it. A theme keeps events only (incidents have no themes). Undated items are left out.")
    Page<TimelineItem> timeline(
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String to,
            @Parameter(description = "ISO 3166-1 alpha-2 code (Kosovo: XK).") @RequestParam(required = false) String country,
            @Parameter(description = "Actor id: organiser, participant or target.") @RequestParam(required = false) String actor,
            @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        Map<String, Object> parameters = new HashMap<>(paging.parameters());
        parameters.put("from", Parameters.date("from", from));
        parameters.put("to", Parameters.date("to", to));
        parameters.put("country", country);
        parameters.put("actor", actor);
        parameters.put("theme", Parameters.oneOf("theme", theme, themes));
        if (country != null && queries.read("country-exists", Map.of("country", country)).isEmpty()) {
            throw new NotFoundException("country", country);
        }
        if (actor != null && queries.read("actors", Map.of("ids", List.of(actor))).isEmpty()) {
            throw new NotFoundException("actor", actor);
        }
        Record row = queries.read("timeline", parameters).get(0);
        return new Page<>(row.get("items").asList(v -> queries.bind(v.asObject(), TimelineItem.class)), page, size,
                row.get("total").asLong());
    }
}
