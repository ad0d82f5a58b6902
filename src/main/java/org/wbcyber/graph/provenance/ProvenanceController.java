package org.wbcyber.graph.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.query.AnswerCache;
import org.wbcyber.graph.query.GraphChanges;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.QueryProperties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Provenance", description = "Where every fact comes from: the source documents and their quotes.")
class ProvenanceController {

    private final GraphQueries queries;
    private final AnswerCache<String, List<Source>> sources;

    ProvenanceController(GraphQueries queries, GraphChanges changes, QueryProperties limits) {
        this.queries = queries;
        // The counts read every node and relationship (≈ 1.3 s at SF 10): kept until the graph changes.
        this.sources = new AnswerCache<>(changes, Math.min(1, limits.keptAnswers()));
    }

    @GetMapping("/sources")
    @Operation(summary = "The source documents, with how many nodes and relationships each states")
    List<Source> sources() {
        return sources.get("sources", () -> queries.column("sources", Map.of(), Source.class));
    }

    @GetMapping("/provenance")
    @Operation(summary = "Where does this edge come from? The statements between two nodes, with sources and quotes")
    List<Statement> provenance(@RequestParam String from, @RequestParam String to,
            @RequestParam(required = false) String type) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("type", type);
        List<Statement> statements = queries.column("provenance", parameters, Statement.class);
        if (statements.isEmpty()) {
            throw new NotFoundException("No relationship" + (type == null ? "" : " of type " + type)
                    + " between '" + from + "' and '" + to + "' in the graph.");
        }
        return statements;
    }

    record Source(String id, String title, String kind, String publisher, String author, String published,
            String file, String description, long nodes, long relationships) {
    }
}
