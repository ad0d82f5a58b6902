package org.wbcyber.graph.ingest.iati;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.wbcyber.graph.curation.CuratedDataProperties;
import org.wbcyber.graph.model.GraphModel;

/** The sector mapping of the configured cypher folder, checked against the model's themes at start-up. */
@Configuration(proxyBeanMethods = false)
class IatiConfiguration {

    @Bean
    IatiSectors iatiSectors(CuratedDataProperties curated, ResourceLoader resources, GraphModel model) {
        String base = curated.location().endsWith("/") ? curated.location() : curated.location() + "/";
        try {
            String yaml = resources.getResource(base + IatiSectors.FILE).getContentAsString(StandardCharsets.UTF_8);
            return IatiSectors.read(IatiSectors.FILE, yaml, model.themes().terms().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + base + IatiSectors.FILE, e);
        }
    }
}
