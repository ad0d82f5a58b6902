package org.wbcyber.graph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

/** The API serves Neo4j Browser its style and guide, and lets Browser's pages, and only those, read them. */
class BrowserResourcesTest extends ApiTest {

    private static final String BROWSER = "http://localhost:7474";

    @Autowired
    GraphModel model;

    @Test
    void theStyleIsServedAsTextWithARuleForEveryLabel() {
        Api.Response style = api.get(BrowserConnect.STYLE_PATH);

        assertThat(style.status()).isEqualTo(200);
        assertThat(style.contentType()).startsWith("text/plain");
        model.labels().keySet().forEach(label -> assertThat(style.body()).contains("node." + label + " {"));
    }

    @Test
    void theGuideIsServedAsHtml() throws Exception {
        Api.Response guide = api.get(BrowserConnect.GUIDE_PATH);

        assertThat(guide.status()).isEqualTo(200);
        assertThat(guide.contentType()).startsWith("text/html");
        assertThat(guide.body()).isEqualTo(Files.readString(Path.of("cypher/guide/wb-cyber-graph.html")));
    }

    @Test
    void browserPagesMayReadThemFromAnotherOrigin() {
        Api.Response get = api.send("GET", BrowserConnect.STYLE_PATH, Map.of("Origin", BROWSER));
        Api.Response preflight = api.send("OPTIONS", BrowserConnect.GUIDE_PATH,
                Map.of("Origin", "http://127.0.0.1:7474", "Access-Control-Request-Method", "GET"));

        assertThat(get.status()).isEqualTo(200);
        assertThat(get.header("Access-Control-Allow-Origin")).contains(BROWSER);
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).contains("http://127.0.0.1:7474");
    }

    @Test
    void otherOriginsMayNot() {
        Api.Response get = api.send("GET", BrowserConnect.STYLE_PATH, Map.of("Origin", "http://evil.example"));
        Api.Response preflight = api.send("OPTIONS", BrowserConnect.GUIDE_PATH,
                Map.of("Origin", "http://evil.example", "Access-Control-Request-Method", "GET"));
        Api.Response api = this.api.send("GET", "/api/actors/european-commission", Map.of("Origin", BROWSER));

        assertThat(get.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(api.header("Access-Control-Allow-Origin")).as("only /browser/ is shared").isEmpty();
    }
}
