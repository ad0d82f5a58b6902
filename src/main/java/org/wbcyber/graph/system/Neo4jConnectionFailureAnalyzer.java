package org.wbcyber.graph.system;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains why the application could not talk to its Neo4j server at startup (the first thing that does is
 * the schema bootstrap): unreachable, wrong credentials, or a TLS mismatch.
 */
class Neo4jConnectionFailureAnalyzer extends AbstractFailureAnalyzer<Neo4jException> {

    private static final String URI_SETTING = "spring.neo4j.uri (env SPRING_NEO4J_URI)";
    private static final String CREDENTIAL_SETTINGS = "spring.neo4j.authentication.username and .password "
            + "(env SPRING_NEO4J_AUTHENTICATION_USERNAME, SPRING_NEO4J_AUTHENTICATION_PASSWORD)";

    private final Environment environment;

    Neo4jConnectionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Neo4jException cause) {
        String uri = environment.getProperty("spring.neo4j.uri", "the embedded Neo4j");
        String user = environment.getProperty("spring.neo4j.authentication.username", "neo4j");
        if (cause instanceof AuthenticationException) {
            return new FailureAnalysis(
                    "Neo4j at " + uri + " rejected the credentials of user '" + user + "': " + cause.getMessage(),
                    "Set the user and password this server expects: " + CREDENTIAL_SETTINGS + ".", cause);
        }
        if (cause instanceof SecurityException) {
            return new FailureAnalysis(
                    "The secure connection to Neo4j at " + uri + " failed: " + cause.getMessage(),
                    "Use the scheme the server supports: neo4j+s:// or bolt+s:// for TLS with a trusted "
                            + "certificate (e.g. Aura), neo4j+ssc:// for a self-signed one, neo4j:// or bolt:// "
                            + "without TLS. Set it in " + URI_SETTING + ".", cause);
        }
        if (cause instanceof ServiceUnavailableException) {
            return new FailureAnalysis(
                    "Cannot reach Neo4j at " + uri + ": " + cause.getMessage(),
                    "Check that the server is running and reachable from this machine and that " + URI_SETTING
                            + " is right (bolt://, neo4j:// or neo4j+s://host:7687). To use the embedded "
                            + "database instead, leave spring.neo4j.uri unset.", cause);
        }
        return null;
    }
}
