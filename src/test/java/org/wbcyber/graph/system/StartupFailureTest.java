package org.wbcyber.graph.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;
import org.wbcyber.graph.WbCyberGraphApplication;
import org.wbcyber.graph.browser.BrowserConnect;
import org.wbcyber.graph.embedded.EmbeddedNeo4j;
import org.wbcyber.graph.embedded.EmbeddedNeo4jProperties;
import org.wbcyber.graph.support.SharedNeo4j;
import org.wbcyber.graph.support.TestDirectories;

/**
 * Startup failures a user can fix end in Boot's short report (what happened, what to do), not a stack trace,
 * and the process exits non-zero.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    private static final String REPORT = "APPLICATION FAILED TO START";

    private static void run(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        all.addAll(List.of(args));
        assertThatThrownBy(() -> {
            try (ConfigurableApplicationContext unexpected =
                    SpringApplication.run(WbCyberGraphApplication.class, all.toArray(String[]::new))) {
                throw new AssertionError("the application started");
            }
        }).isNotInstanceOf(AssertionError.class);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anUnreachableServerIsExplainedAndTheProcessExitsNonZero() throws Exception {
        String uri = "bolt://127.0.0.1:" + closedPort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WbCyberGraphApplication.class.getName(), "--server.port=0", "--spring.neo4j.uri=" + uri)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).contains(REPORT).contains("Cannot reach Neo4j at " + uri)
                .contains("spring.neo4j.uri (env SPRING_NEO4J_URI)")
                .doesNotContain("\tat org.");
    }

    @Test
    void wrongCredentialsAreExplained(CapturedOutput output) {
        run("--spring.neo4j.uri=" + SharedNeo4j.instance().boltURI(),
                "--spring.neo4j.authentication.password=not-the-password");

        assertThat(output).contains(REPORT)
                .contains("Neo4j at " + SharedNeo4j.instance().boltURI() + " rejected the credentials of user 'neo4j'")
                .contains("SPRING_NEO4J_AUTHENTICATION_PASSWORD");
    }

    @Test
    void aDataDirectoryInUseIsExplained(CapturedOutput output) {
        Path dataDir = TestDirectories.fresh("in-use");
        var properties = new EmbeddedNeo4jProperties(dataDir, "127.0.0.1", 0, 0, DataSize.ofMegabytes(16), null);
        try (EmbeddedNeo4j running = EmbeddedNeo4j.start(properties, "neo4j", "a-password", BrowserConnect.DEFAULTS)) {
            run("--wbcg.embedded.data-dir=" + dataDir, "--wbcg.embedded.bolt-port=0", "--wbcg.embedded.http-port=0");
        }

        assertThat(output).contains(REPORT).contains("The embedded Neo4j database in " + dataDir + " is in use");
    }

    @Test
    void aTakenPortIsExplained(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            run("--wbcg.embedded.data-dir=" + TestDirectories.fresh("port-taken"),
                    "--wbcg.embedded.bolt-port=" + taken.getLocalPort(), "--wbcg.embedded.http-port=0");

            assertThat(output).contains(REPORT).contains("could not listen on its ports (Bolt 127.0.0.1:"
                    + taken.getLocalPort());
        }
    }

    @Test
    void theProductionProfileRefusesTheShippedPasswordBeforeAnyDatabaseStarts(CapturedOutput output) {
        Path dataDir = TestDirectories.fresh("prod");

        run("--spring.profiles.active=prod", "--wbcg.embedded.data-dir=" + dataDir);

        assertThat(output).contains(REPORT)
                .contains("The 'prod' profile is active but the Neo4j password is the local default");
        assertThat(dataDir.resolve("databases")).doesNotExist();
    }

    @Test
    void theProductionProfileRefusesAnEmptyPassword(CapturedOutput output) {
        run("--spring.profiles.active=prod", "--spring.neo4j.authentication.password=");

        assertThat(output).contains(REPORT).contains("the Neo4j password is empty");
    }

    @Test
    void theProductionProfileAcceptsAConfiguredPassword() {
        try (ConfigurableApplicationContext context = SpringApplication.run(WbCyberGraphApplication.class,
                "--server.port=0", "--spring.profiles.active=prod",
                "--spring.neo4j.uri=" + SharedNeo4j.instance().boltURI(),
                "--spring.neo4j.authentication.password=" + SharedNeo4j.PASSWORD)) {
            assertThat(context.isActive()).isTrue();
        }
    }
}
