package org.wbcyber.graph.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.wbcyber.graph.embedded.EmbeddedNeo4j;

/**
 * Server mode against the real Neo4j 5.26 image, where a Docker engine exists. Elsewhere JUnit reports it skipped
 * with the reason; {@link ServerModeTest} covers server mode against an in-process server there.
 */
@EnabledIf(value = "dockerIsAvailable",
        disabledReason = "no Docker engine on this machine: server mode is covered by ServerModeTest against an "
                + "in-process Neo4j instead")
@Testcontainers
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TestcontainersServerModeTest {

    @Container
    @ServiceConnection
    static Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("container-password");

    static boolean dockerIsAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    Driver driver;

    @Test
    void theApplicationIsAClientOfTheContainerAndStartsNoEmbeddedDatabase() {
        assertThat(context.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
        assertThat(driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").execute().records()
                .get(0).get("n").asLong()).isPositive();
    }
}
