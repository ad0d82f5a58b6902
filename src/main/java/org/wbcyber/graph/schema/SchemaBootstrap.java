package org.wbcyber.graph.schema;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.wbcyber.graph.cypher.CypherScript;
import org.wbcyber.graph.cypher.CypherStatement;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, all {@code IF NOT EXISTS}) at startup, before
 * the API serves anything. The file is the one analysts run against any server; applying it again is a no-op.
 */
@Component
public class SchemaBootstrap implements InitializingBean {

    public static final String SCHEMA_SCRIPT = "classpath:cypher/schema.cypher";

    private static final Logger log = LoggerFactory.getLogger(SchemaBootstrap.class);

    private final Driver driver;
    private final Resource script;

    SchemaBootstrap(Driver driver, ResourceLoader resources) {
        this.driver = driver;
        this.script = resources.getResource(SCHEMA_SCRIPT);
    }

    @Override
    public void afterPropertiesSet() {
        // This is the application's first contact with Neo4j. Verifying first fails at once, without the
        // driver's 30 s of transaction retries (each logging a stack trace), when the server is unreachable or
        // refuses the credentials; Neo4jConnectionFailureAnalyzer explains either to the user.
        driver.verifyConnectivity();
        apply();
    }

    /** Runs every statement of the schema script, each in its own write transaction (schema changes must be). */
    public void apply() {
        List<CypherStatement> statements = CypherScript.parse(script);
        try (Session session = driver.session()) {
            for (CypherStatement statement : statements) {
                session.executeWriteWithoutResult(tx -> tx.run(statement.text()).consume());
            }
            long constraints = session.executeRead(tx -> tx.run("SHOW CONSTRAINTS YIELD name RETURN count(*)")
                    .single().get(0).asLong());
            long indexes = session.executeRead(tx -> tx.run("SHOW INDEXES YIELD name RETURN count(*)")
                    .single().get(0).asLong());
            log.info("Schema applied from cypher/schema.cypher ({} statements): {} constraints, {} indexes",
                    statements.size(), constraints, indexes);
        }
    }
}
