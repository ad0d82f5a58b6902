package org.wbcyber.graph.support;

import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one in-process Neo4j (neo4j-harness) that every {@link GraphTest} of a test JVM shares. It starts on first
 * use, with authentication on as in production, and stops when the JVM exits. The application talks to it in
 * server mode, over Bolt, like it talks to any remote server.
 */
public final class SharedNeo4j {

    public static final String USERNAME = "neo4j";
    public static final String PASSWORD = "shared-test-password";

    private SharedNeo4j() {
    }

    public static Neo4j instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {

        static final Neo4j INSTANCE = start();

        private static Neo4j start() {
            Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseSettings.auth_enabled, true)
                    // Tests try wrong passwords on purpose; Neo4j's lock-out after 3 failures would then refuse
                    // the right password to other tests for 5 s.
                    .withConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
            neo4j.databaseManagementService().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", PASSWORD));
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "shared-neo4j-shutdown"));
            return neo4j;
        }
    }

    /**
     * Points the application context at the shared instance: server mode, with the instance's
     * DatabaseManagementService as a bean, as the embedded default has it, so that the application sees every
     * commit and keeps whole-graph answers until the graph changes, as it does by default.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton("sharedNeo4jManagementService",
                    instance().databaseManagementService());
            TestPropertyValues.of(
                    "spring.neo4j.uri=" + instance().boltURI(),
                    "spring.neo4j.authentication.username=" + USERNAME,
                    "spring.neo4j.authentication.password=" + PASSWORD).applyTo(context);
        }
    }
}
