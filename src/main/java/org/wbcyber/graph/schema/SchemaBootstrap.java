package org.wbcyber.graph.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern NAMED = Pattern.compile(
            "\\s*CREATE\\s+(?:\\w+\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS\\b",
            Pattern.CASE_INSENSITIVE);

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

    /**
     * Runs every statement of the schema script whose constraint or index does not exist yet, each in its own
     * write transaction (schema changes must be). Skipping the existing ones saves a restart one cold Cypher
     * compilation per statement; the script stays the definition, with {@code IF NOT EXISTS} for other servers.
     */
    public void apply() {
        List<CypherStatement> statements = CypherScript.parse(script);
        try (Session session = driver.session()) {
            List<String> constraints = names(session, "CONSTRAINTS");
            List<String> indexes = names(session, "INDEXES");
            Set<String> existing = new HashSet<>(constraints);
            existing.addAll(indexes);
            List<CypherStatement> missing = statements.stream()
                    .filter(statement -> name(statement.text()).filter(existing::contains).isEmpty()).toList();
            for (CypherStatement statement : missing) {
                session.executeWriteWithoutResult(tx -> tx.run(statement.text()).consume());
            }
            if (!missing.isEmpty()) {
                constraints = names(session, "CONSTRAINTS");
                indexes = names(session, "INDEXES");
            }
            log.info("Schema applied from cypher/schema.cypher ({} statements, {} run): {} constraints, {} indexes",
                    statements.size(), missing.size(), constraints.size(), indexes.size());
        }
    }

    private static List<String> names(Session session, String kind) {
        return session.executeRead(tx -> tx.run("SHOW " + kind + " YIELD name RETURN name").list(
                record -> record.get("name").asString()));
    }

    /** The name a {@code CREATE ... CONSTRAINT|INDEX name IF NOT EXISTS} statement gives, if it is one. */
    static Optional<String> name(String statement) {
        Matcher matcher = NAMED.matcher(statement);
        return matcher.lookingAt() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
