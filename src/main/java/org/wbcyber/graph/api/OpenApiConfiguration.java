package org.wbcyber.graph.api;

import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The title and description of the OpenAPI document (/v3/api-docs) and Swagger UI (/swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI wbCyberGraphApi(ObjectProvider<BuildProperties> build) {
        return new OpenAPI().info(new Info()
                .title("wb-cyber-graph")
                .version(build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion())
                .description("""
                        Who does what in cybersecurity and digitalisation in the Western Balkans: who cooperates \
                        with whom, who funds what, where donor coverage is thin. Every answer carries the source \
                        documents and quotes it rests on. Read-only; errors are RFC 9457 problem details naming \
                        the unknown id or the bad parameter and its accepted values."""));
    }
}
