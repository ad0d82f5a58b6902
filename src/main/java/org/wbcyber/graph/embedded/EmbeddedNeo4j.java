package org.wbcyber.graph.embedded;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wbcyber.graph.browser.BrowserConnect;
import org.wbcyber.graph.system.StartupRefusedException;

/**
 * A Neo4j Community DBMS running inside this JVM, with its Bolt connector and its HTTP connector (which serves
 * Neo4j Browser at /browser/). Authentication is always on; the credentials are the application's own. Browser,
 * once connected, loads the application's graph style and guide (see {@link BrowserConnect}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final Path dataDir;
    private final HostnamePort bolt;
    private final HostnamePort http;

    private EmbeddedNeo4j(DatabaseManagementService dbms, Path dataDir) {
        this.dbms = dbms;
        this.dataDir = dataDir;
        var ports = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        this.bolt = ports.getLocalAddress(ConnectorType.BOLT);
        this.http = ports.getLocalAddress(ConnectorType.HTTP);
    }

    /**
     * Starts the DBMS and makes {@code username}/{@code password} valid credentials on it; {@code browser} is what
     * it tells Neo4j Browser on connecting. Failures a user can fix (the directory is in use, a port is taken)
     * become {@link StartupRefusedException}s that say how.
     */
    public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, String username, String password,
            BrowserConnect browser) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        long started = System.nanoTime();
        DatabaseManagementService dbms;
        Map<Setting<?>, Object> settings = settings(properties, dataDir, browser);
        presetInitialPassword(Config.newBuilder().set(settings).build(), dataDir, username, password);
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir).setConfig(settings).build();
        } catch (RuntimeException failure) {
            throw explain(failure, properties, dataDir);
        }
        try {
            long running = System.nanoTime();
            ensureUser(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), username, password);
            log.info("Embedded Neo4j started in {} ms, user {} set up in {} ms", (running - started) / 1_000_000,
                    username, (System.nanoTime() - running) / 1_000_000);
            return new EmbeddedNeo4j(dbms, dataDir);
        } catch (RuntimeException failure) {
            dbms.shutdown();
            throw failure;
        }
    }

    private static Map<Setting<?>, Object> settings(EmbeddedNeo4jProperties properties, Path dataDir,
            BrowserConnect browser) {
        Map<Setting<?>, Object> settings = new HashMap<>();
        settings.put(GraphDatabaseSettings.data_directory, dataDir);
        settings.put(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"));
        settings.put(GraphDatabaseSettings.default_listen_address, new SocketAddress(properties.listenAddress()));
        settings.put(GraphDatabaseSettings.auth_enabled, true);
        settings.put(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes());
        if (properties.transactionMemoryMax() != null) {
            settings.put(GraphDatabaseSettings.memory_transaction_global_max_size,
                    properties.transactionMemoryMax().toBytes());
        }
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address,
                new SocketAddress(properties.listenAddress(), properties.boltPort()));
        settings.put(HttpConnector.enabled, true);
        settings.put(HttpConnector.listen_address,
                new SocketAddress(properties.listenAddress(), properties.httpPort()));
        settings.put(HttpsConnector.enabled, false);
        settings.put(ServerSettings.browser_post_connect_cmd, browser.postConnectCommand());
        settings.put(ServerSettings.browser_remote_content_hostname_whitelist, browser.hostnameWhitelist());
        // An analyst's local database should not report usage to Neo4j without being asked (Neo4j's default is on).
        settings.put(GraphDatabaseSettings.udc_enabled, false);
        // Netty's default quiet period makes every shutdown wait ~10 s in BoltServer.shutdown.
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        return settings;
    }

    /**
     * On a new store Neo4j creates its first user, neo4j, from dbms/auth.ini if that file exists (it is what
     * {@code neo4j-admin dbms set-initial-password} writes). Giving the configured password there spares the first
     * start the administration commands of {@link #ensureUser} — cold Cypher on the system database, seconds of
     * it. Anything unexpected leaves it to those commands, which still check the result.
     */
    private static void presetInitialPassword(Config config, Path dataDir, String username, String password) {
        if (!AuthManager.INITIAL_USER_NAME.equals(username)
                || password.length() < config.get(GraphDatabaseSettings.auth_minimum_password_length)
                || Files.exists(dataDir.resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) {
            return;
        }
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            if (fs.fileExists(file)) {
                return;
            }
            fs.mkdirs(file.getParent());
            FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            users.start();
            try {
                users.create(new User(username, null, SystemGraphCredential.createCredentialForPassword(
                        password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
            } finally {
                users.shutdown();
            }
        } catch (Exception notPreset) {
            log.debug("Initial password not preset in {}; the user is set up with Cypher", file, notPreset);
        }
    }

    /**
     * The configuration is the source of truth for the credentials: the user is created on first start and
     * its password reset to the configured one on every start, so changing the setting is all it takes.
     */
    private static void ensureUser(GraphDatabaseService system, String username, String password) {
        // Checking the credentials first costs no Cypher: on a restart with an unchanged password (the usual
        // case) the two administration commands below, the slowest part of a restart, are not needed.
        if (credentialsValid(system, username, password)) {
            return;
        }
        Map<String, Object> params = Map.of("username", username, "password", password);
        system.executeTransactionally(
                "CREATE USER $username IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally(
                    "ALTER USER $username SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (QueryExecutionException unchanged) {
            // Neo4j refuses to "change" a password to the one it already has; that is the state we want.
            if (!unchanged.getMessage().contains("Old password and new password cannot be the same")) {
                throw unchanged;
            }
        }
    }

    private static boolean credentialsValid(GraphDatabaseService system, String username, String password) {
        AuthManager authManager = ((GraphDatabaseAPI) system).getDependencyResolver()
                .resolveDependency(AuthManager.class);
        try {
            return authManager.login(AuthToken.newBasicAuthToken(username, password),
                    ClientConnectionInfo.EMBEDDED_CONNECTION).subject()
                    .getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (InvalidAuthTokenException unusable) {
            return false;
        }
    }

    private static RuntimeException explain(RuntimeException failure, EmbeddedNeo4jProperties properties,
            Path dataDir) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileLockException) {
                return new StartupRefusedException(
                        "The embedded Neo4j database in " + dataDir + " is in use by another process (another "
                                + "wb-cyber-graph or a Neo4j server holds its store lock), so it cannot be opened.",
                        "Stop the other process, or give this one its own data directory, e.g. "
                                + "--wbcg.embedded.data-dir=/path/to/other-data (env WBCG_EMBEDDED_DATA_DIR). To use "
                                + "a running Neo4j server instead, set spring.neo4j.uri (env SPRING_NEO4J_URI).",
                        failure);
            }
            if (cause instanceof PortBindException) {
                return new StartupRefusedException(
                        "The embedded Neo4j could not listen on its ports (Bolt " + properties.listenAddress() + ":"
                                + properties.boltPort() + ", HTTP " + properties.listenAddress() + ":"
                                + properties.httpPort() + "): " + cause.getMessage(),
                        "Stop the program holding the port (e.g. another Neo4j or wb-cyber-graph; `ss -ltnp` "
                                + "shows it), or choose free ports with --wbcg.embedded.bolt-port=... and "
                                + "--wbcg.embedded.http-port=... (env WBCG_EMBEDDED_BOLT_PORT, WBCG_EMBEDDED_HTTP_PORT).",
                        failure);
            }
        }
        return failure;
    }

    public URI boltUri() {
        return URI.create("bolt://" + uriHost() + ":" + bolt.getPort());
    }

    public URI browserUri() {
        return URI.create("http://" + uriHost() + ":" + http.getPort() + "/browser/");
    }

    public URI httpUri() {
        return URI.create("http://" + uriHost() + ":" + http.getPort());
    }

    private String uriHost() {
        String host = bolt.getHost();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public Path dataDir() {
        return dataDir;
    }

    public DatabaseManagementService managementService() {
        return dbms;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
