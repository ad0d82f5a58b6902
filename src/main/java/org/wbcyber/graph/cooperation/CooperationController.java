package org.wbcyber.graph.cooperation;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcyber.graph.api.Page;
import org.wbcyber.graph.api.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Cooperation", description = "Who cooperates with whom: derived from shared projects, events, "
        + "initiatives and publications, funding and stated partnerships (docs/model.md, 'Who cooperates with whom').")
class CooperationController {

    static final String GRAPHML = "application/graphml+xml";
    private static final String HOPS = "With actor, country or theme: partner hops from the focus (0-3).";
    private static final String NODES = "With actor, country or theme: most nodes of the network measured (1-2000); "
            + "the answer says when it was truncated.";

    private final CooperationService cooperation;
    private final StructureService structure;

    CooperationController(CooperationService cooperation, StructureService structure) {
        this.cooperation = cooperation;
        this.structure = structure;
    }

    @GetMapping("/brokers")
    @Operation(summary = "Who bridges groups that do not otherwise work together: actors by betweenness",
            description = "Betweenness: the share of shortest cooperation paths between two other actors that run "
                    + "through an actor (0-1), over the whole network, or over the network view around one actor, "
                    + "country or theme (as /api/network builds it, with `hops` and `nodes`). Also each actor's "
                    + "number of partners and its community (see /api/communities).")
    Structure.Brokers brokers(@RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String theme,
            @Parameter(description = HOPS) @RequestParam(defaultValue = "1") int hops,
            @Parameter(description = NODES)
            @RequestParam(defaultValue = NetworkView.DEFAULT_NODES_TEXT) int nodes) {
        return structure.brokers(limit, new StructureService.Focus(actor, country, theme, hops, nodes));
    }

    @GetMapping("/communities")
    @Operation(summary = "Which groups of actors cooperate more among themselves than with the rest (Louvain)",
            description = "Each community with its members (most connected first) and the projects, events, "
                    + "initiatives and publications most of its internal ties go through. Over the whole network, "
                    + "or the network view around one actor, country or theme, as for /api/brokers.")
    Structure.Communities communities(
            @Parameter(description = "Leave out communities smaller than this (1 lists isolated pairs too).")
            @RequestParam(defaultValue = "2") int minSize,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String theme,
            @Parameter(description = HOPS) @RequestParam(defaultValue = "1") int hops,
            @Parameter(description = NODES)
            @RequestParam(defaultValue = NetworkView.DEFAULT_NODES_TEXT) int nodes) {
        return structure.communities(minSize, new StructureService.Focus(actor, country, theme, hops, nodes));
    }

    @GetMapping("/actors/{id}/partners")
    @Operation(summary = "An actor's partners, strongest first, each with the shared contexts, roles and quotes")
    Page<Partners.Partner> partners(@PathVariable String id,
            @Parameter(description = "Keep contexts whose period overlaps this date onwards (YYYY-MM-DD); undated contexts are then left out.")
            @RequestParam(required = false) String from,
            @Parameter(description = "Keep contexts whose period overlaps up to this date (YYYY-MM-DD).")
            @RequestParam(required = false) String to,
            @Parameter(description = "Only partners of these kinds: organisation kinds (cert, police, eu-institution…) or person, group, region.")
            @RequestParam(required = false) List<String> kind,
            @Parameter(description = "Most reasons shown per partner (1-100): a stated partnership first, then the "
                    + "latest shared contexts; the weight says how many there are.")
            @RequestParam(defaultValue = "10") int evidence,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return cooperation.partners(id, from, to, kind, evidence, Paging.of(page, size));
    }

    @GetMapping("/paths")
    @Operation(summary = "The shortest cooperation paths between two actors, with the statement behind every hop")
    List<CooperationPath> paths(@RequestParam String from, @RequestParam String to,
            @Parameter(description = "Most relationships in a path (1-8); actor–context–actor is 2.")
            @RequestParam(defaultValue = "6") int maxHops,
            @RequestParam(defaultValue = "10") int limit) {
        return cooperation.paths(from, to, maxHops, limit);
    }

    @GetMapping("/network")
    @Operation(summary = "The cooperation network around an actor, a country or a theme, as graph JSON or GraphML",
            description = "Give exactly one of actor, country, theme. Partners are added hop by hop, in id order, "
                    + "up to `limit` nodes; each edge carries its weight and at most ten of the contexts its pair "
                    + "shares. `format=graphml` returns GraphML for Gephi or Cytoscape.")
    ResponseEntity<?> network(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String theme,
            @Parameter(description = "Partner hops from the focus (0-3).")
            @RequestParam(defaultValue = "1") int hops,
            @Parameter(description = "Most nodes (1-2000); the answer says when it was truncated.")
            @RequestParam(defaultValue = NetworkView.DEFAULT_NODES_TEXT) int limit,
            @Parameter(description = "json (default) or graphml.")
            @RequestParam(required = false) String format) {
        org.wbcyber.graph.api.Parameters.oneOf("format", format, List.of("json", "graphml"));
        Network network = cooperation.network(actor, country, theme, hops, limit);
        if ("graphml".equals(format)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(GRAPHML))
                    .header("Content-Disposition", "attachment; filename=\"network-" + network.focus() + ".graphml\"")
                    .body(GraphMl.of(network));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(network);
    }
}
