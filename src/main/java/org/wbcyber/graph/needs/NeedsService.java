package org.wbcyber.graph.needs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.BadParameterException;
import org.wbcyber.graph.api.Items;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.provenance.Evidence;
import org.wbcyber.graph.query.GraphQueries;

/** Needs versus response: cypher/queries/needs-response.cypher, the same query analysts run in Browser. */
@Service
class NeedsService {

    private final GraphQueries queries;

    NeedsService(GraphQueries queries) {
        this.queries = queries;
    }

    /** With at most {@code items} responding projects per need, or all of them when null (the CSV export). */
    List<Need> needs(String country, double maxShare, Integer items) {
        if (items != null) {
            Items.of(items);
        }
        if (!(maxShare >= 0 && maxShare < 1)) {
            throw new BadParameterException("maxShare", "is " + maxShare + "; accepted: a share of the points from 0 "
                    + "(only indicators scoring zero) up to, not including, 1.");
        }
        if (queries.read("country-exists", Map.of("country", country)).isEmpty()) {
            throw new NotFoundException("country", country);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("country", country);
        parameters.put("maxShare", maxShare);
        parameters.put("items", items);
        return queries.read("needs-response", parameters).stream().map(this::need).toList();
    }

    private Need need(Record row) {
        return new Need(row.get("index").asString(), row.get("code").asString(), row.get("indicator").asString(),
                row.get("name").asString(), row.get("category").asString(null),
                row.get("year").isNull() ? null : row.get("year").asLong(), row.get("value").asDouble(),
                row.get("max").asDouble(), row.get("themes").asList(v -> v.asString()), row.get("response").asString(),
                row.get("projects").asList(v -> queries.bind(v.asObject(), Need.Response.class)),
                row.get("projectsTotal").asLong(),
                row.get("criterion").asString(null), row.get("evidenceText").asString(null),
                Evidence.of(row.get("sources").asList(v -> v.asString()), row.get("quotes").asList(v -> v.asString())));
    }
}
