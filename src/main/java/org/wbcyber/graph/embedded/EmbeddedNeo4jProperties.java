package org.wbcyber.graph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-process Neo4j that starts when no {@code spring.neo4j.uri} is set.
 *
 * @param dataDir directory of the embedded database: store, transaction logs and Neo4j's own logs; kept
 *     across restarts
 * @param listenAddress address Bolt and HTTP listen on; loopback by default so that nothing outside this
 *     machine can reach the database
 * @param boltPort Bolt port (drivers, cypher-shell, Neo4j Browser's connection); 0 picks a free port
 * @param httpPort HTTP port serving Neo4j Browser at /browser/ and the Query API; 0 picks a free port
 * @param pageCache memory Neo4j caches the store in, outside the Java heap
 * @param transactionMemoryMax upper bound on heap all running transactions may use together; unset leaves
 *     Neo4j's default (70% of the heap). The heap itself is the application's: set it with -Xmx
 */
@ConfigurationProperties("wbcg.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("127.0.0.1") String listenAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("7474") int httpPort,
        @DefaultValue("128MB") DataSize pageCache,
        DataSize transactionMemoryMax) {
}
