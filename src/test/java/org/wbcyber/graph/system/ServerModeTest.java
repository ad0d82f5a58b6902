package org.wbcyber.graph.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.wbcyber.graph.embedded.EmbeddedNeo4j;
import org.wbcyber.graph.support.GraphTest;
import org.wbcyber.graph.support.SharedNeo4j;

/** With spring.neo4j.uri set, the application is a pure client of that server. */
@GraphTest
class ServerModeTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Driver driver;

    @Autowired
    ReadyBanner banner;

    @Autowired
    Environment environment;

    @Test
    void noEmbeddedDatabaseStarts() {
        assertThat(context.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
    }

    @Test
    void theDriverTalksToTheConfiguredServer() {
        String address = driver.executableQuery("RETURN 1").execute().summary().server().address();

        assertThat(address).isEqualTo(SharedNeo4j.instance().boltURI().getAuthority());
    }

    @Test
    void theReadyLineNamesTheServer() {
        assertThat(banner.message(environment)).contains("| Neo4j " + SharedNeo4j.instance().boltURI() + " as neo4j")
                .contains("(server mode: no embedded database)");
    }
}
