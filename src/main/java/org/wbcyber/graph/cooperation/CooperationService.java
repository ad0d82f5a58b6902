package org.wbcyber.graph.cooperation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.BadParameterException;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.api.Page;
import org.wbcyber.graph.api.Paging;
import org.wbcyber.graph.api.Parameters;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.query.GraphQueries;

/** Who cooperates with whom, derived at query time by the rules of cypher/model.yaml's {@code cooperation}. */
@Service
class CooperationService {

    static final int MAX_PATH_HOPS = 8;
    static final int MAX_NETWORK_HOPS = 3;
    static final int MAX_NETWORK_NODES = 2000;
    static final int MAX_EVIDENCE = 100;

    private final GraphQueries queries;
    private final PathSearch paths;
    private final NetworkView view;
    private final Set<String> kinds = new TreeSet<>();
    private final Set<String> themes;

    CooperationService(GraphQueries queries, PathSearch paths, NetworkView view, GraphModel model) {
        this.queries = queries;
        this.paths = paths;
        this.view = view;
        kinds.addAll(model.vocabulary("organisationKind").terms().keySet());
        model.labels().values().stream().filter(label -> label.extraLabels().contains("Actor"))
                .filter(label -> !label.name().equals("Organisation"))
                .forEach(label -> kinds.add(label.name().toLowerCase()));
        themes = model.themes().terms().keySet();
    }

    Page<Partners.Partner> partners(String id, String from, String to, List<String> kind, int evidence,
            Paging paging) {
        Map<String, Object> parameters = new HashMap<>(paging.parameters());
        parameters.put("evidence", Parameters.between("evidence", evidence, 1, MAX_EVIDENCE));
        parameters.put("id", id);
        parameters.put("from", Parameters.date("from", from));
        parameters.put("to", Parameters.date("to", to));
        parameters.put("kinds", Parameters.allOf("kind", kind, kinds));
        List<Record> rows = queries.read("partners", parameters);
        if (rows.isEmpty()) {
            throw new NotFoundException("actor", id);
        }
        Record row = rows.get(0);
        List<Partners.Partner> partners = row.get("partners")
                .asList(value -> queries.bind(value.asObject(), Partners.Partner.class));
        return new Page<>(partners, paging.page(), paging.size(), row.get("total").asLong());
    }

    List<CooperationPath> paths(String from, String to, int maxHops, int limit) {
        Parameters.between("maxHops", maxHops, 1, MAX_PATH_HOPS);
        Parameters.between("limit", limit, 1, 50);
        if (from.equals(to)) {
            throw new BadParameterException("to", "is the same actor as 'from'; a path needs two actors.");
        }
        return paths.shortest(from, to, maxHops, limit);
    }

    /** The network around an actor, a country's actors or a theme's actors ({@link NetworkView}). */
    Network network(String actor, String country, String theme, int hops, int limit) {
        Parameters.between("hops", hops, 0, MAX_NETWORK_HOPS);
        Parameters.between("limit", limit, 1, MAX_NETWORK_NODES);
        int given = (actor == null ? 0 : 1) + (country == null ? 0 : 1) + (theme == null ? 0 : 1);
        if (given != 1) {
            throw new BadParameterException("actor", "— give exactly one of actor, country or theme.");
        }
        List<String> seeds;
        String focus;
        if (actor != null) {
            requireActor(actor);
            seeds = List.of(actor);
            focus = actor;
        } else if (country != null) {
            if (queries.read("country-exists", Map.of("country", country)).isEmpty()) {
                throw new NotFoundException("country", country);
            }
            seeds = queries.column("network-seeds-country", Map.of("country", country), String.class);
            focus = country;
        } else {
            Parameters.oneOf("theme", theme, themes);
            seeds = queries.column("network-seeds-theme", Map.of("theme", theme), String.class);
            focus = theme;
        }
        return view.around(focus, seeds, hops, limit);
    }

    private void requireActor(String id) {
        if (queries.read("actors", Map.of("ids", List.of(id))).isEmpty()) {
            throw new NotFoundException("actor", id);
        }
    }

    Set<String> kinds() {
        return new LinkedHashSet<>(kinds);
    }
}
