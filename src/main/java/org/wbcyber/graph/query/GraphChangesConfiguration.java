package org.wbcyber.graph.query;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GraphChangesConfiguration {

    /**
     * Seen when the database runs in this JVM (the embedded default exposes its DatabaseManagementService),
     * unseen when it is a remote server.
     */
    @Bean
    GraphChanges graphChanges(ObjectProvider<DatabaseManagementService> inProcess) {
        DatabaseManagementService dbms = inProcess.getIfAvailable();
        return dbms == null ? GraphChanges.unseen()
                : GraphChanges.of(dbms, GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }
}
