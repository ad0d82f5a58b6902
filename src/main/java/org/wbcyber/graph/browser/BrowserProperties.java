package org.wbcyber.graph.browser;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Neo4j Browser and this application: Browser, running in a web page of its own origin, fetches the graph style
 * and the guide from the API (/browser/style.grass, /browser/guide.html).
 *
 * @param allowedOrigins origins of the Browser pages allowed to fetch them (CORS): the embedded and the docker
 *     compose Browser by default; add e.g. https://browser.neo4j.io for a hosted Browser
 * @param apiUrl this API's address as Browser users' web browsers reach it, for the commands the embedded Neo4j
 *     gives Browser; unset: http://localhost:{server.port}, or none when the port is chosen at random
 */
@ConfigurationProperties("wbcg.browser")
public record BrowserProperties(
        @DefaultValue({"http://localhost:7474", "http://127.0.0.1:7474"}) List<String> allowedOrigins,
        URI apiUrl) {

    /** The configured address, else the one the server's port implies; empty when no address can be known. */
    public Optional<URI> resolveApiUrl(String serverAddress, int serverPort) {
        if (apiUrl != null) {
            return Optional.of(apiUrl);
        }
        if (serverPort <= 0) {
            return Optional.empty();
        }
        boolean anyAddress = serverAddress == null || serverAddress.isBlank() || serverAddress.equals("0.0.0.0")
                || serverAddress.equals("::") || serverAddress.equals("[::]");
        String host = anyAddress ? "localhost" : serverAddress;
        return Optional.of(URI.create("http://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + ":" + serverPort));
    }
}
