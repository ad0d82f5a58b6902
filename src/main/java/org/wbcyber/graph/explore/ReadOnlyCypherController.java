package org.wbcyber.graph.explore;

import java.net.URI;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Explore", description = "Any read-only Cypher query, for people and tools that cannot use Neo4j "
        + "Browser (docs/model.md describes the graph).")
class ReadOnlyCypherController {

    private final ReadOnlyCypher cypher;

    ReadOnlyCypherController(ReadOnlyCypher cypher) {
        this.cypher = cypher;
    }

    // No "consumes": a body of another type then fails inside this handler, where ApiErrors answers it.
    @PostMapping("/cypher")
    @Operation(summary = "Run one read-only Cypher query; rows plus the graph they contain",
            description = "The query is checked with EXPLAIN before it runs: anything that would write (CREATE, "
                    + "MERGE, SET, DELETE, REMOVE, schema changes), administration and SHOW/TERMINATE commands "
                    + "other than SHOW INDEXES/CONSTRAINTS/PROCEDURES/FUNCTIONS, LOAD CSV, CALL { } IN "
                    + "TRANSACTIONS, procedures outside a short list (wbcg.cypher.procedures) and several "
                    + "statements are refused. It then runs in a read transaction that Neo4j stops at the "
                    + "timeout. Pass values as parameters ($name), not inside the query text.")
    @ApiResponse(responseCode = "200", description = "The rows, and the nodes and relationships in them.")
    @ApiResponse(responseCode = "400", description = "A bad request (no query, too long, bad JSON, a limit above "
            + "the server's) or a query Neo4j rejects (syntax error with its position, unknown procedure, "
            + "missing parameter); `code` is Neo4j's status code.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The query is refused, and the detail says why (\"the "
            + "query writes: CREATE\").",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The query ran past the timeout (or needed more memory than "
            + "allowed) and was stopped.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    CypherResult cypher(@RequestBody CypherRequest request) {
        return cypher.run(request);
    }

    @ExceptionHandler
    ProblemDetail problem(CypherException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        problem.setType(URI.create("about:blank"));
        if (e.code() != null) {
            problem.setProperty("code", e.code());
        }
        return problem;
    }
}
