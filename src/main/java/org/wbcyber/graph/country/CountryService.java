package org.wbcyber.graph.country;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.Items;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.funding.FundingRecords.Reached;
import org.wbcyber.graph.funding.FundingService;
import org.wbcyber.graph.provenance.Evidence;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.Linked;

@Service
class CountryService {

    private final GraphQueries queries;
    private final FundingService funding;

    CountryService(GraphQueries queries, FundingService funding) {
        this.queries = queries;
        this.funding = funding;
    }

    CountryProfile profile(String id, int items) {
        Items.of(items);
        List<Record> rows = queries.read("country-profile", Map.of("country", id, "items", items));
        if (rows.isEmpty()) {
            throw new NotFoundException("country", id);
        }
        Record row = rows.get(0);
        CountryRow c = queries.bind(row.get("country").asObject(), CountryRow.class);
        Map<String, List<Linked>> agencies = new TreeMap<>();
        Map<String, Long> agencyTotals = new TreeMap<>();
        for (AgenciesOfKind kind : row.get("agencies").asList(v -> queries.bind(v.asObject(), AgenciesOfKind.class))) {
            agencies.put(kind.kind(), kind.bodies());
            agencyTotals.put(kind.kind(), kind.total());
        }
        Reached projects = funding.reach(id, items);
        var counted = row.get("totals");
        CountryProfile.Totals all = new CountryProfile.Totals(agencyTotals, counted.get("people").asLong(),
                counted.get("incidents").asLong(), counted.get("events").asLong(), projects.total());
        return new CountryProfile(c.id(), c.name(), c.aliases(), c.localNames(), c.capital(), c.summary(),
                Evidence.of(c.sources(), c.quotes()), linked(row, "memberships"), agencies, linked(row, "people"),
                row.get("policies").asList(v -> queries.bind(v.asObject(), CountryProfile.Policy.class)),
                row.get("scores").asList(v -> queries.bind(v.asObject(), CountryProfile.Score.class)),
                linked(row, "incidents"), linked(row, "events"), projects.projects(), items, all);
    }

    List<CountryProfile.Score> scores(String id, String index) {
        if (queries.read("country-exists", Map.of("country", id)).isEmpty()) {
            throw new NotFoundException("country", id);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("country", id);
        parameters.put("index", index);
        return queries.list("country-scores", parameters, CountryProfile.Score.class);
    }

    private List<Linked> linked(Record row, String key) {
        return row.get(key).asList(v -> queries.bind(v.asObject(), Linked.class));
    }

    private record AgenciesOfKind(String kind, long total, List<Linked> bodies) {
    }

    private record CountryRow(String id, String name, List<String> aliases, List<String> localNames, String capital,
            String summary, List<String> sources, List<String> quotes) {
    }
}
