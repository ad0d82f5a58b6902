package org.wbcyber.graph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.kernel.internal.Version;
import org.neo4j.server.configuration.ServerSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.wbcyber.graph.browser.BrowserConnect;
import org.wbcyber.graph.browser.BrowserProperties;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where these tests run, so docker-compose.yml is checked against the application instead:
 * the image is the Neo4j line we embed, the ports are the ones documented, and every environment variable given
 * to the app is one Spring binds to the setting we mean.
 */
class DockerComposeTest {

    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Object>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String name) {
        return (Map<String, String>) service(name).get("environment");
    }

    @Test
    void neo4jRunsTheCommunityEditionOfTheLineWeEmbed() {
        String embedded = Version.getNeo4jVersion();
        String line = embedded.substring(0, embedded.lastIndexOf('.'));

        assertThat(service("neo4j").get("image")).isEqualTo("neo4j:" + line + "-community");
    }

    @Test
    void neo4jPublishesBrowserAndBoltOnTheirUsualPortsAndKeepsDataInANamedVolume() {
        assertThat((List<String>) service("neo4j").get("ports")).containsExactlyInAnyOrder("7474:7474", "7687:7687");
        assertThat((List<String>) service("neo4j").get("volumes")).containsExactly("neo4j-data:/data");
    }

    @Test
    void credentialsComeFromTheEnvironmentAndAreTheSameForNeo4jAndTheApp() {
        assertThat(environment("neo4j").get("NEO4J_AUTH")).startsWith("neo4j/${NEO4J_PASSWORD:?");
        assertThat(environment("app").get("SPRING_NEO4J_AUTHENTICATION_PASSWORD")).startsWith("${NEO4J_PASSWORD:?");
        assertThat(environment("app").get("SPRING_NEO4J_AUTHENTICATION_USERNAME")).isEqualTo("neo4j");
    }

    @Test
    void theAppsEnvironmentBindsToServerModeSettings() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.copyOf(environment("app"))));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        Binder binder = new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));

        assertThat(binder.bind("spring.neo4j.uri", String.class).get()).isEqualTo("bolt://neo4j:7687");
        assertThat(binder.bind("spring.neo4j.authentication.username", String.class).get()).isEqualTo("neo4j");
        assertThat(binder.bind("spring.neo4j.authentication.password", String.class).isBound()).isTrue();
        assertThat(binder.bind("spring.profiles.active", String.class).get())
                .isEqualTo(ProductionPasswordGuard.PRODUCTION_PROFILE);
        assertThat(binder.bind("server.address", String.class).get()).isEqualTo("0.0.0.0");
        assertThat((List<String>) service("app").get("ports")).containsExactly("8080:8080");
    }

    /** The neo4j image maps NEO4J_a_b__c to the setting a.b_c. */
    private static String neo4jSetting(String variable) {
        return variable.substring("NEO4J_".length()).replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
    }

    @Test
    void neo4jBrowserLoadsTheAppsStyleAndGuideFromThePublishedApiPort() {
        Map<String, String> settings = new java.util.HashMap<>();
        environment("neo4j").forEach((variable, value) -> settings.put(neo4jSetting(variable), value));
        BrowserConnect expected = BrowserConnect.forApi(URI.create("http://localhost:8080"));

        assertThat(settings).containsEntry(ServerSettings.browser_post_connect_cmd.name(), expected.postConnectCommand())
                .containsEntry(ServerSettings.browser_remote_content_hostname_whitelist.name(),
                        expected.hostnameWhitelist());
        assertThat((List<String>) service("app").get("ports")).contains("8080:8080");
        BrowserProperties app = new Binder(ConfigurationPropertySources.from(new StandardEnvironment()
                .getPropertySources())).bindOrCreate("wbcg.browser", BrowserProperties.class);
        assertThat(app.allowedOrigins()).as("the app lets the published Browser read them")
                .contains("http://localhost:7474");
    }

    @Test
    void theAppWaitsForAHealthyNeo4j() {
        assertThat(service("neo4j")).containsKey("healthcheck");
        assertThat(service("app").get("depends_on"))
                .isEqualTo(Map.of("neo4j", Map.of("condition", "service_healthy")));
    }
}
