package org.wbcyber.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.wbcyber.graph.browser.BrowserConnect;
import org.wbcyber.graph.support.TestDirectories;
import org.wbcyber.graph.system.StartupRefusedException;

/** The embedded database's life: restarts, a second process on the same files, a port someone else holds. */
class EmbeddedNeo4jTest {

    private static final BrowserConnect NO_BROWSER = BrowserConnect.DEFAULTS;

    private static EmbeddedNeo4jProperties properties(Path dataDir, int boltPort) {
        return new EmbeddedNeo4jProperties(dataDir, "127.0.0.1", boltPort, 0, DataSize.ofMegabytes(16), null);
    }

    private static Driver driver(EmbeddedNeo4j neo4j, String password) {
        return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password));
    }

    @Test
    void aRestartKeepsTheDataAndAppliesTheNewlyConfiguredPassword() {
        Path dataDir = TestDirectories.fresh("restart");
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(properties(dataDir, 0), "neo4j", "first-password", NO_BROWSER);
                Driver driver = driver(first, "first-password")) {
            driver.executableQuery("CREATE (:Country {id: 'XK', name: 'Kosovo'})").execute();
        }

        try (EmbeddedNeo4j second = EmbeddedNeo4j.start(properties(dataDir, 0), "neo4j", "second-password", NO_BROWSER);
                Driver driver = driver(second, "second-password");
                Driver stale = driver(second, "first-password")) {
            assertThat(driver.executableQuery("MATCH (c:Country {id: 'XK'}) RETURN c.name AS name").execute()
                    .records()).extracting(r -> r.get("name").asString()).containsExactly("Kosovo");
            assertThatThrownBy(stale::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsRefusedWithAClearMessage() {
        Path dataDir = TestDirectories.fresh("locked");
        try (EmbeddedNeo4j running = EmbeddedNeo4j.start(properties(dataDir, 0), "neo4j", "a-password", NO_BROWSER)) {

            assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(dataDir, 0), "neo4j", "a-password", NO_BROWSER))
                    .isInstanceOfSatisfying(StartupRefusedException.class, refused -> {
                        assertThat(refused.getMessage()).contains(dataDir.toString())
                                .contains("is in use by another process");
                        assertThat(refused.action()).contains("--wbcg.embedded.data-dir=")
                                .contains("WBCG_EMBEDDED_DATA_DIR");
                    });
            assertThat(running.managementService().database("neo4j").isAvailable()).isTrue();
        }
    }

    @Test
    void aTakenBoltPortIsRefusedWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(TestDirectories.fresh("port"), port),
                    "neo4j", "a-password", NO_BROWSER))
                    .isInstanceOfSatisfying(StartupRefusedException.class, refused -> {
                        assertThat(refused.getMessage()).contains("could not listen")
                                .contains("127.0.0.1:" + port);
                        assertThat(refused.action()).contains("--wbcg.embedded.bolt-port=");
                    });
        }
    }
}
