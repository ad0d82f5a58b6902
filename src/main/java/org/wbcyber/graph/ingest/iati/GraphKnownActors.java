package org.wbcyber.graph.ingest.iati;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** The graph's organisations and regions with every name they go by and their IATI identifiers. */
@Component
class GraphKnownActors implements KnownActors {

    private static final String QUERY = """
            MATCH (a) WHERE a:Organisation OR a:Region
            RETURN a.id AS id, CASE WHEN a:Region THEN 'Region' ELSE 'Organisation' END AS label,
                   [n IN [a.name, a.acronym] + coalesce(a.aliases, []) + coalesce(a.localNames, [])
                    WHERE n IS NOT NULL] AS names,
                   coalesce(a.iatiRefs, []) AS refs""";

    private final Driver driver;

    GraphKnownActors(Driver driver) {
        this.driver = driver;
    }

    @Override
    public List<ActorDirectory.Known> load() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<ActorDirectory.Known> actors = new ArrayList<>();
                tx.run(QUERY).forEachRemaining(r -> actors.add(new ActorDirectory.Known(r.get("id").asString(),
                        r.get("label").asString(), r.get("names").asList(Value::asString),
                        r.get("refs").asList(Value::asString))));
                return actors;
            });
        }
    }
}
