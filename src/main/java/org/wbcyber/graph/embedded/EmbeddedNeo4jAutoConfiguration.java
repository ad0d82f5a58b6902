package org.wbcyber.graph.embedded;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.wbcyber.graph.browser.BrowserConnect;
import org.wbcyber.graph.browser.BrowserProperties;

/**
 * The embedded default: with no {@code spring.neo4j.uri} (and no other connection, such as a Testcontainers
 * service connection), start Neo4j in-process and point Boot's Driver at it. With a URI the application is a
 * pure client of that server and none of this exists.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@Conditional(NoNeo4jUriCondition.class)
@ConditionalOnMissingBean(Neo4jConnectionDetails.class)
@EnableConfigurationProperties({EmbeddedNeo4jProperties.class, Neo4jProperties.class, BrowserProperties.class})
public class EmbeddedNeo4jAutoConfiguration {

    /**
     * The API's port is known before it listens unless it is chosen at random (server.port=0, as in tests); then
     * Browser gets Neo4j's defaults, unless wbcg.browser.api-url names the address.
     */
    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, Neo4jProperties neo4j, BrowserProperties browser,
            Environment environment, ObjectProvider<EmbeddedNeo4jEarlyStart.Started> early) {
        EmbeddedNeo4jEarlyStart.Started started = early.getIfAvailable();
        return started != null ? started.take() : start(properties, neo4j, browser, environment);
    }

    static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, Neo4jProperties neo4j, BrowserProperties browser,
            Environment environment) {
        var authentication = neo4j.getAuthentication();
        BrowserConnect connect = browser.resolveApiUrl(environment.getProperty("server.address"),
                environment.getProperty("server.port", Integer.class, 8080))
                .map(BrowserConnect::forApi).orElse(BrowserConnect.DEFAULTS);
        return EmbeddedNeo4j.start(properties, authentication.getUsername(), authentication.getPassword(), connect);
    }

    /** For what only an in-process database offers, such as seeing every commit (GraphChanges). */
    @Bean(destroyMethod = "")
    DatabaseManagementService embeddedDatabaseManagementService(EmbeddedNeo4j embedded) {
        return embedded.managementService();
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded, Neo4jProperties neo4j) {
        var authentication = neo4j.getAuthentication();
        AuthToken token = AuthTokens.basic(authentication.getUsername(), authentication.getPassword());
        URI uri = embedded.boltUri();
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return token;
            }
        };
    }
}
