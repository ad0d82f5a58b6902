package org.wbcyber.graph.browser;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a Neo4j server tells Neo4j Browser when it connects: the commands to run ({@code browser.post_connect_cmd})
 * and the hosts it may fetch guides and styles from ({@code browser.remote_content_hostname_whitelist}, matched
 * by host name, whatever the port).
 */
public record BrowserConnect(String postConnectCommand, String hostnameWhitelist) {

    public static final String STYLE_PATH = "/browser/style.grass";
    public static final String GUIDE_PATH = "/browser/guide.html";

    /** Neo4j's own defaults: no command, Neo4j's guides and localhost. */
    public static final BrowserConnect DEFAULTS = new BrowserConnect("", "guides.neo4j.com,localhost");

    /** Load this application's style and open its guide, both served by the API at {@code api}. */
    public static BrowserConnect forApi(URI api) {
        if (api.getHost() == null || !("http".equals(api.getScheme()) || "https".equals(api.getScheme()))) {
            throw new IllegalArgumentException("The API's address for Neo4j Browser must be an http(s) URL with a "
                    + "host, e.g. http://localhost:8080 (wbcg.browser.api-url); found " + api);
        }
        String base = api.toString().replaceAll("/+$", "");
        Set<String> hosts = new LinkedHashSet<>(List.of(DEFAULTS.hostnameWhitelist().split(",")));
        hosts.add("127.0.0.1");
        hosts.add(api.getHost().replaceAll("^\\[|]$", ""));
        return new BrowserConnect("style " + base + STYLE_PATH + "; play " + base + GUIDE_PATH,
                String.join(",", hosts));
    }
}
