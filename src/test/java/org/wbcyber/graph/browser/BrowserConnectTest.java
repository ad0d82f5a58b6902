package org.wbcyber.graph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the embedded Neo4j tells Browser, from the API's address. */
class BrowserConnectTest {

    private static final BrowserProperties DEFAULTS =
            new BrowserProperties(List.of("http://localhost:7474", "http://127.0.0.1:7474"), null);

    @Test
    void browserLoadsTheStyleThenPlaysTheGuideFromTheApi() {
        BrowserConnect connect = BrowserConnect.forApi(URI.create("http://127.0.0.1:8080"));

        assertThat(connect.postConnectCommand()).isEqualTo(
                "style http://127.0.0.1:8080/browser/style.grass; play http://127.0.0.1:8080/browser/guide.html");
        assertThat(connect.hostnameWhitelist()).isEqualTo("guides.neo4j.com,localhost,127.0.0.1");
    }

    @Test
    void anApiUnderAPathOrOnAnotherHostIsWhitelistedByItsHostName() {
        BrowserConnect connect = BrowserConnect.forApi(URI.create("https://graph.example.org/wbcg/"));

        assertThat(connect.postConnectCommand()).startsWith("style https://graph.example.org/wbcg/browser/style.grass;");
        assertThat(connect.hostnameWhitelist()).endsWith(",graph.example.org");
    }

    @Test
    void anAddressWithoutSchemeOrHostIsRefusedWithTheSettingToFix() {
        assertThatThrownBy(() -> BrowserConnect.forApi(URI.create("localhost:8080")))
                .hasMessageContaining("wbcg.browser.api-url");
    }

    @Test
    void theApiAddressFollowsTheServerUnlessConfigured() {
        assertThat(DEFAULTS.resolveApiUrl("127.0.0.1", 8080)).contains(URI.create("http://127.0.0.1:8080"));
        assertThat(DEFAULTS.resolveApiUrl("0.0.0.0", 9090)).contains(URI.create("http://localhost:9090"));
        assertThat(DEFAULTS.resolveApiUrl(null, 8080)).contains(URI.create("http://localhost:8080"));
        assertThat(DEFAULTS.resolveApiUrl("127.0.0.1", 0)).as("a random port is unknown when Neo4j starts").isEmpty();
        assertThat(new BrowserProperties(List.of(), URI.create("https://graph.example.org")).resolveApiUrl("127.0.0.1", 0))
                .contains(URI.create("https://graph.example.org"));
    }
}
