package org.wbcyber.graph.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.wbcyber.graph.embedded.EmbeddedNeo4j;

/** One log line, once everything is up, with every address a user needs. */
@Component
class ReadyBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final Neo4jConnectionDetails connection;

    ReadyBanner(ObjectProvider<EmbeddedNeo4j> embedded, Neo4jConnectionDetails connection) {
        this.embedded = embedded;
        this.connection = connection;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        log.info(message(event.getApplicationContext().getEnvironment()));
    }

    String message(Environment environment) {
        String host = environment.getProperty("server.address", "localhost");
        String api = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String user = environment.getProperty("spring.neo4j.authentication.username", "neo4j");
        EmbeddedNeo4j neo4j = embedded.getIfAvailable();
        if (neo4j != null) {
            return "wb-cyber-graph ready | API " + api + " | Neo4j Browser " + neo4j.browserUri()
                    + " (log in as " + user + ") | Bolt " + neo4j.boltUri() + " | data " + neo4j.dataDir();
        }
        return "wb-cyber-graph ready | API " + api + " | Neo4j " + connection.getUri() + " as " + user
                + " (server mode: no embedded database)";
    }
}
