package org.wbcyber.graph.model;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.wbcyber.graph.curation.CuratedDataProperties;

/** The model the application runs with: model.yaml of the configured cypher folder. */
@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

    @Bean
    GraphModel graphModel(CuratedDataProperties curated, ResourceLoader resources) {
        String base = curated.location().endsWith("/") ? curated.location() : curated.location() + "/";
        return ModelReader.read(resources.getResource(base + ModelReader.MODEL_FILE));
    }
}
