package org.wbcyber.graph.support;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

/** A {@link GraphTest} that asks the shared graph in Cypher, through the application's Driver. */
@GraphTest
public abstract class CypherTest {

    @Autowired
    protected Driver driver;

    protected List<Record> query(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records();
    }

    protected List<Record> query(String cypher) {
        return query(cypher, Map.of());
    }
}
