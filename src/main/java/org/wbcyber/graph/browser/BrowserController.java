package org.wbcyber.graph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Serves Neo4j Browser the graph style (cypher/style.grass, generated from the model) and the guide
 * (cypher/guide/wb-cyber-graph.html), for {@code :style <url>} and {@code :play <url>}. Both are the files of
 * the cypher/ folder packaged with the application. Cross-origin: see {@link BrowserCors}.
 */
@RestController
@Hidden
class BrowserController {

    static final String STYLE = "classpath:cypher/style.grass";
    static final String GUIDE = "classpath:cypher/guide/wb-cyber-graph.html";

    private final String style;
    private final String guide;

    BrowserController(ResourceLoader resources) {
        this.style = read(resources.getResource(STYLE));
        this.guide = read(resources.getResource(GUIDE));
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }

    @GetMapping(BrowserConnect.STYLE_PATH)
    ResponseEntity<String> style() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(style);
    }

    @GetMapping(BrowserConnect.GUIDE_PATH)
    ResponseEntity<String> guide() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(guide);
    }
}
