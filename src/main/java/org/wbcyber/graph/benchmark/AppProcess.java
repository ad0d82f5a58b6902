package org.wbcyber.graph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.wbcyber.graph.WbCyberGraphApplication;

import tools.jackson.databind.json.JsonMapper;

/**
 * The application as a child process — the same jar as this JVM runs, or the same class path when not run from a
 * jar — on free loopback ports of its own, with the embedded Neo4j in {@code dataDir}. For benchmarks that need a
 * real server: start it, {@link #awaitReady}, measure, {@link #close} (which always stops it; a shutdown hook
 * stops it too should this JVM exit first).
 */
public final class AppProcess implements AutoCloseable {

    /** Same opens as the pom's neo4j.add-opens; a jar's manifest carries them, a class path launch needs them. */
    private static final List<String> ADD_OPENS = List.of("--add-opens", "java.base/java.nio=ALL-UNNAMED",
            "--add-opens", "java.base/java.io=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED");
    private static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+)\\s+kB");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final long startedNanos;
    private final Path log;
    private final int apiPort;
    private final int httpPort;
    private final int boltPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread stopOnExit;

    private AppProcess(Process process, long startedNanos, Path log, int apiPort, int httpPort, int boltPort) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
        this.apiPort = apiPort;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.stopOnExit = new Thread(process::destroyForcibly, "stop-app-process");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Launches the application on {@code dataDir} with free ports; {@code jvmArgs} go before the main class or
     * jar, {@code appArgs} after it (e.g. {@code --wbcg.curated.load-on-start=never}). Its output goes to
     * {@code log}.
     */
    public static AppProcess start(Path dataDir, List<String> jvmArgs, List<String> appArgs, Path log)
            throws IOException {
        return start(System.getProperty("java.class.path"), dataDir, jvmArgs, appArgs, log);
    }

    /** As {@link #start(Path, List, List, Path)}, from another jar or class path (e.g. an older build). */
    public static AppProcess start(String classPath, Path dataDir, List<String> jvmArgs, List<String> appArgs,
            Path log) throws IOException {
        int[] ports = freePorts(3);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmArgs);
        command.addAll(launch(classPath));
        command.add("--wbcg.embedded.data-dir=" + dataDir.toAbsolutePath());
        command.add("--server.address=127.0.0.1");
        command.add("--server.port=" + ports[0]);
        command.add("--wbcg.embedded.listen-address=127.0.0.1");
        command.add("--wbcg.embedded.bolt-port=" + ports[1]);
        command.add("--wbcg.embedded.http-port=" + ports[2]);
        command.addAll(appArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        long started = System.nanoTime();
        return new AppProcess(builder.start(), started, log, ports[0], ports[2], ports[1]);
    }

    /** {@code -jar} for a single jar (the packaged application), else the class path and the main class. */
    static List<String> launch(String classPath) {
        if (!classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar")) {
            return List.of("-jar", classPath);
        }
        List<String> args = new ArrayList<>(ADD_OPENS);
        args.addAll(List.of("-cp", classPath, WbCyberGraphApplication.class.getName()));
        return args;
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    static int[] freePorts(int count) throws IOException {
        // Held open together so that they differ; another process may still take one before the app does,
        // which fails the run with a clear "port in use" message rather than measuring something else.
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    /**
     * Polls every 100 ms until the application is ready as a user sees it: a search over the curated data answers,
     * health is UP and Neo4j Browser is served. Returns the time from launch to ready; throws if the process exits
     * or {@code timeout} passes first.
     */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (ready()) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with code " + process.exitValue()
                        + " before it was ready; its output: " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The application was not ready after " + timeout.toSeconds()
                        + " s; its output: " + log);
            }
            Thread.sleep(100);
        }
    }

    private boolean ready() throws InterruptedException {
        return get(apiUri().resolve("/api/search?q=ICEDA")).filter(body -> body.contains("iceda")).isPresent()
                && get(apiUri().resolve("/actuator/health")).filter(AppProcess::up).isPresent()
                && get(browserUri()).isPresent();
    }

    /** Whether a health answer's overall status, not just a component's, is UP. */
    static boolean up(String health) {
        return "UP".equals(JSON.readTree(health).path("status").asString());
    }

    /** The body of a 200 answer, empty for any other answer or none. */
    private Optional<String> get(URI uri) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException notYet) {
            return Optional.empty();
        }
    }

    public URI apiUri() {
        return URI.create("http://127.0.0.1:" + apiPort);
    }

    public URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + boltPort);
    }

    public URI browserUri() {
        return URI.create("http://127.0.0.1:" + httpPort + "/browser/");
    }

    public long pid() {
        return process.pid();
    }

    /**
     * CPU time the process and its descendants have used so far, on all their threads. Unlike wall time it hardly
     * depends on what else the machine runs, which makes it the steadier figure on a shared machine.
     */
    public Duration cpuTime() {
        return processes().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Resident memory now, from /proc (Linux only), summed over the process and its descendants — pages they
     * share (the JDK's own class data, libjvm) count once per process, so the sum errs high.
     */
    public long residentBytes() {
        long total = 0;
        for (ProcessHandle handle : processes().toList()) {
            try {
                total += parseVmRss(Files.readString(Path.of("/proc", Long.toString(handle.pid()), "status")));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the resident memory of process " + handle.pid(), e);
            }
        }
        return total;
    }

    /**
     * The launched process and its descendants: {@code java -jar} of the packaged application runs it in a child
     * JVM (see {@code launch.SharedArchiveLaunch}), and both are what a launch costs.
     */
    private Stream<ProcessHandle> processes() {
        return Stream.concat(Stream.of(process.toHandle()),
                process.toHandle().descendants());
    }

    /** VmRSS of a /proc/[pid]/status text, in bytes. */
    static long parseVmRss(String status) {
        Matcher matcher = VM_RSS.matcher(status);
        if (!matcher.find()) {
            throw new IllegalArgumentException("No VmRSS line in the process status");
        }
        return Long.parseLong(matcher.group(1)) * 1024;
    }

    public Path log() {
        return log;
    }

    /** Stops the application: gracefully (SIGTERM, so Neo4j checkpoints), forcibly after a minute. */
    @Override
    public void close() {
        try {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to: it stops the process.
            }
        }
    }
}
