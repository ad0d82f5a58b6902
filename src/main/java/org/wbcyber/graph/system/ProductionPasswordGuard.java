package org.wbcyber.graph.system;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Under the {@code prod} profile, refuses to start while the Neo4j password is empty or the one shipped for
 * local use ({@code wbcg.default-password}). It runs before any bean exists, so neither the embedded database
 * nor a connection to a server is ever set up with the well-known password.
 */
class ProductionPasswordGuard implements EnvironmentPostProcessor, Ordered {

    static final String PRODUCTION_PROFILE = "prod";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains(PRODUCTION_PROFILE)) {
            return;
        }
        String password = environment.getProperty("spring.neo4j.authentication.password");
        String shipped = environment.getProperty("wbcg.default-password");
        if (!StringUtils.hasText(password) || password.equals(shipped)) {
            throw new StartupRefusedException(
                    "The '" + PRODUCTION_PROFILE + "' profile is active but the Neo4j password is "
                            + (StringUtils.hasText(password) ? "the local default shipped with wb-cyber-graph"
                                    : "empty") + ", which anyone can guess.",
                    "Set a strong password in spring.neo4j.authentication.password "
                            + "(env SPRING_NEO4J_AUTHENTICATION_PASSWORD), or run without the '"
                            + PRODUCTION_PROFILE + "' profile for local use.");
        }
    }

    @Override
    public int getOrder() {
        // After config data (application*.yml, profiles) has been read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
