package org.wbcyber.graph.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Neo4j Browser fetches the style and the guide from its own page's origin (http://localhost:7474 for the embedded
 * and the docker compose Neo4j), so the API allows those origins, and only those, to read /browser/.
 */
@Configuration
class BrowserCors implements WebMvcConfigurer {

    private final BrowserProperties properties;

    BrowserCors(BrowserProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/browser/**").allowedOrigins(properties.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "HEAD");
    }
}
