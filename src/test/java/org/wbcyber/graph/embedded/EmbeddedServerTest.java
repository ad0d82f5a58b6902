package org.wbcyber.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wbcyber.graph.support.TestDirectories;

/**
 * The embedded default as a user gets it, on free ports: Bolt, the HTTP connector with Neo4j Browser, health,
 * the schema, the ready line. These checks fail if an upgrade of Boot, Neo4j, Netty or Jersey breaks the
 * in-process server (see the pins in pom.xml).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wbcg.embedded.bolt-port=0", "wbcg.embedded.http-port=0",
                // The API's port is random here, so unknown when Neo4j starts: name the address Browser should use.
                "wbcg.browser.api-url=http://localhost:8080"})
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedServerTest {

    private static final String PASSWORD = "wb-cyber-graph-local";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    EmbeddedNeo4j embedded;

    @Autowired
    Driver driver;

    @LocalServerPort
    int apiPort;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("wbcg.embedded.data-dir", () -> TestDirectories.fresh("embedded-server"));
    }

    @Test
    void theApplicationsDriverTalksBoltToTheEmbeddedCommunityServer() {
        var record = driver.executableQuery(
                "CALL dbms.components() YIELD name, edition, versions RETURN edition, versions[0] AS version")
                .execute().records().get(0);

        assertThat(record.get("edition").asString()).isEqualTo("community");
        assertThat(record.get("version").asString()).startsWith("5.26.");
        assertThat(driver.executableQuery("RETURN 1").execute().summary().server().address())
                .isEqualTo(embedded.boltUri().getAuthority());
    }

    @Test
    void neo4jBrowserIsServedAtSlashBrowser() throws Exception {
        HttpResponse<String> response = get(embedded.browserUri());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>Neo4j Browser</title>");
    }

    @Test
    void neo4jBrowserLoadsTheApplicationsStyleAndGuideOnConnecting() {
        Map<String, String> config = new HashMap<>();
        driver.executableQuery("CALL dbms.clientConfig()").execute().records()
                .forEach(r -> config.put(r.get("name").asString(), r.get("value").asString()));

        assertThat(config).containsEntry("browser.post_connect_cmd",
                "style http://localhost:8080/browser/style.grass; play http://localhost:8080/browser/guide.html");
        assertThat(config.get("browser.remote_content_hostname_whitelist").split(","))
                .contains("localhost", "127.0.0.1", "guides.neo4j.com");
    }

    @Test
    void theEmbeddedDatabaseSendsNoUsageDataToNeo4j() {
        assertThat(driver.executableQuery("CALL dbms.listConfig('dbms.usage_report.enabled') YIELD value RETURN value")
                .execute().records()).extracting(r -> r.get("value").asString()).containsExactly("false");
    }

    @Test
    void boltAcceptsTheWebSocketConnectionsNeo4jBrowserMakes() throws Exception {
        URI ws = URI.create("ws://" + embedded.boltUri().getAuthority());

        WebSocket socket = http.newWebSocketBuilder().buildAsync(ws, new WebSocket.Listener() { })
                .get(10, TimeUnit.SECONDS);

        assertThat(socket.isInputClosed()).isFalse();
        socket.abort();
    }

    @Test
    void theHttpQueryApiAcceptsTheConfiguredCredentialsAndNoOthers() throws Exception {
        URI query = embedded.httpUri().resolve("/db/neo4j/query/v2");

        HttpResponse<String> allowed = post(query, "neo4j:" + PASSWORD, "{\"statement\":\"RETURN 6 * 7 AS answer\"}");
        HttpResponse<String> refused = post(query, "neo4j:not-the-password", "{\"statement\":\"RETURN 1\"}");

        assertThat(allowed.statusCode()).isEqualTo(202);
        assertThat(allowed.body()).contains("\"answer\"").contains("42");
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void boltRefusesWrongCredentials() {
        try (Driver intruder = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(intruder::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void bothConnectorsListenOnLoopbackOnly() {
        assertThat(embedded.boltUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(embedded.httpUri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void healthReportsNeo4j() throws Exception {
        HttpResponse<String> health = get(URI.create("http://127.0.0.1:" + apiPort + "/actuator/health"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"neo4j\":{\"details\":{\"server\":\"5.26.")
                .contains("\"edition\":\"community\"");
    }

    @Test
    void oneLogLineListsEveryAddress(CapturedOutput output) {
        assertThat(output.getOut()).containsOnlyOnce("wb-cyber-graph ready")
                .contains("wb-cyber-graph ready | API http://127.0.0.1:" + apiPort + " | Neo4j Browser "
                        + embedded.browserUri() + " (log in as neo4j) | Bolt " + embedded.boltUri() + " | data "
                        + embedded.dataDir());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String credentials, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
