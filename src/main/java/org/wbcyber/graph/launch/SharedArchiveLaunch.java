package org.wbcyber.graph.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Makes {@code java -jar wb-cyber-graph.jar} start from an AppCDS archive without any flag from the user, or on
 * JDK 25 and later from an ahead-of-time cache (JEP 483 and 515: classes loaded and linked, and method profiles),
 * which starts the application ≈ 20 % sooner again (restart to Spring's "Started": 7.2–7.6 s against 9.0–9.3 s
 * with an AppCDS archive on JDK 17, 2 cores).
 *
 * <p>Class loading is the largest share of a launch that we can remove: ≈ 280 jars, read through Spring Boot's
 * nested-jar class loader and verified class by class. The JVM only maps a class data archive when its command
 * line names one, and a jar's manifest cannot add JVM options, so the packaged jar runs the application in a
 * second JVM: from an extracted copy of itself (plain jars on the class path, which CDS requires) with
 * {@code -XX:SharedArchiveFile}. The first launch of a new jar extracts it (seconds) and records the archive
 * when that launch's application exits ({@code -XX:ArchiveClassesAtExit}); every later launch uses it. The copy
 * and the archive live next to the jar, in {@code <jar name>-launch/}, and are rebuilt when the jar or the JDK
 * changes.
 *
 * <p>This JVM stays as the second one's parent: it passes on its own JVM options, the arguments, the exit code
 * and a stop (SIGTERM, Ctrl-C); the child stops if this process disappears. Anything unexpected (a read-only
 * directory, a failed extraction) runs the application in this JVM as before. {@code -Dwbcg.launch=direct} (or
 * {@code WBCG_LAUNCH=direct}) turns it off, and so does any CDS or AOT option on the command line.
 */
public final class SharedArchiveLaunch {

    /** System property (and environment variable {@code WBCG_LAUNCH}) that turns the relaunch off with "direct". */
    static final String MODE_PROPERTY = "wbcg.launch";
    /** The child's system property naming its parent's pid, which it watches. */
    static final String PARENT_PROPERTY = "wbcg.launch.parent";
    static final String APPLICATION_JAR = "application.jar";

    /** How a JVM records an archive at exit and starts from it. */
    enum Archive {
        /** AppCDS, a dynamic archive: JDK 13 and later. */
        CDS("application.jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=", List.of("-Xlog:cds=off")),
        /** The ahead-of-time cache of JDK 25 and later, recorded in one step. */
        AOT("application.aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=", List.of("-Xlog:cds*=off", "-Xlog:aot*=off"));

        final String file;
        final String record;
        final String use;
        /** Recording warns once per class it cannot keep (signed jars, generated classes): ≈ 1,400 lines. */
        final List<String> quiet;

        Archive(String file, String record, String use, List<String> quiet) {
            this.file = file;
            this.record = record;
            this.use = use;
            this.quiet = quiet;
        }

        static Archive forJdk(int feature) {
            return feature >= 25 ? AOT : CDS;
        }
    }

    private final Path jar;
    private final Path directory;
    private final String java;
    private final List<String> jvmOptions;
    private final Archive archive;
    private Process child;
    private Path recording;

    SharedArchiveLaunch(Path jar, Path directory, String java, List<String> jvmOptions, Archive archive) {
        this.jar = jar;
        this.directory = directory;
        this.java = java;
        this.jvmOptions = jvmOptions;
        this.archive = archive;
    }

    /**
     * Runs the application in a child JVM with a class data archive when this JVM runs the packaged jar; returns
     * its exit code, or nothing when the application should run in this JVM.
     */
    public static OptionalInt relaunch(String[] args) {
        return forThisJvm().map(launch -> launch.run(args)).orElse(OptionalInt.empty());
    }

    /**
     * In the child: stop when the parent is gone (killed with SIGKILL, it could not pass the stop on), rather than
     * keep the ports and the store lock with nobody to stop it.
     */
    public static void stopWithParent() {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                handle -> handle.onExit().thenRun(() -> new Thread(() -> System.exit(1), "parent-gone").start()),
                () -> System.exit(1));
    }

    private static Optional<SharedArchiveLaunch> forThisJvm() {
        String mode = Optional.ofNullable(System.getProperty(MODE_PROPERTY)).orElse(System.getenv("WBCG_LAUNCH"));
        if ("direct".equals(mode)) {
            return Optional.empty();
        }
        Optional<List<String>> command = ProcessHandle.current().info().arguments().map(List::of);
        Optional<String> java = ProcessHandle.current().info().command();
        Path jar = Path.of(System.getProperty("java.class.path", ""));
        if (command.isEmpty() || java.isEmpty() || !isPackagedJar(jar)) {
            return Optional.empty();
        }
        // The child runs the same java binary as this JVM, so this JVM's version tells which archive it takes.
        return jvmOptions(command.get()).map(options -> new SharedArchiveLaunch(jar.toAbsolutePath(),
                directoryFor(jar.toAbsolutePath()), java.get(), options, Archive.forJdk(Runtime.version().feature())));
    }

    /** A Spring Boot executable jar, whose classes are nested jars: what {@code java -jar} of our build runs. */
    static boolean isPackagedJar(Path jar) {
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Spring-Boot-Lib") != null;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * The JVM options of a {@code java [options] -jar file [args]} command line, to be passed on; nothing when
     * it is not that form or when the user manages class data sharing already.
     */
    static Optional<List<String>> jvmOptions(List<String> arguments) {
        int jarOption = arguments.indexOf("-jar");
        if (jarOption < 0) {
            return Optional.empty();
        }
        List<String> options = arguments.subList(0, jarOption);
        if (options.stream().anyMatch(o -> o.startsWith("-Xshare") || o.startsWith("-XX:SharedArchiveFile")
                || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-XX:SharedClassListFile")
                || o.startsWith("-XX:+AutoCreateSharedArchive") || o.startsWith("-XX:AOT"))) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(options));
    }

    /** {@code target/app-1.0.jar} → {@code target/app-1.0-launch}. */
    static Path directoryFor(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "-launch");
    }

    private OptionalInt run(String[] args) {
        List<String> command;
        try {
            command = prepare(args);
        } catch (IOException | UncheckedIOException | InterruptedException notPrepared) {
            if (notPrepared instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            System.err.println("wb-cyber-graph: starting without a class data archive (" + notPrepared + ")");
            return OptionalInt.empty();
        }
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException notStarted) {
            System.err.println("wb-cyber-graph: starting without a class data archive (" + notStarted + ")");
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopChild, "stop-application"));
        while (true) {
            try {
                int code = child.waitFor();
                keepRecording(code);
                return OptionalInt.of(code);
            } catch (InterruptedException ignored) {
                // Only a stop ends this JVM's wait: the shutdown hook passes it on to the child.
            }
        }
    }

    /** Extracts the jar if this one is not extracted yet and returns the child's command line. */
    List<String> prepare(String[] args) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        try (FileChannel channel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Path stampFile = directory.resolve("stamp");
            String stamp = stamp();
            if (!Files.exists(stampFile) || !stamp.equals(Files.readString(stampFile))) {
                clear();
                extract();
                Files.writeString(stampFile, stamp);
            }
            dropAbandonedRecordings();
        }
        return command(args, Files.isRegularFile(directory.resolve(archive.file)));
    }

    /** Jar and JDK: an archive is only valid for the exact class path and JVM it was recorded with. */
    private String stamp() throws IOException {
        return jar + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis() + "\n"
                + System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n";
    }

    private void clear() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("lock")).toList()) {
                delete(file);
            }
        }
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path file : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * Recordings (≈ 190–230 MB each, {@code <archive>.<pid>.tmp}, and an AOT recording's {@code .tmp.config}) of
     * launches whose first JVM is gone without keeping them, e.g. killed.
     */
    private void dropAbandonedRecordings() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                String[] parts = file.getFileName().toString().split("\\.");
                if ((parts.length == 4 || parts.length == 5 && parts[4].equals("config"))
                        && file.getFileName().toString().startsWith(archive.file + ".")
                        && parts[3].equals("tmp") && parts[2].chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(parts[2])).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Spring Boot's own extraction: the application jar with a Class-Path manifest, and lib/. */
    private void extract() throws IOException, InterruptedException {
        Process extraction = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", directory.resolve("application").toString(), "--application-filename",
                APPLICATION_JAR, "--force").redirectErrorStream(true)
                .redirectOutput(directory.resolve("extract.log").toFile()).start();
        if (extraction.waitFor() != 0) {
            throw new IOException("extracting " + jar + " failed, see " + directory.resolve("extract.log"));
        }
    }

    /** The child's command line: the archive when there is one, else recording it at exit. */
    List<String> command(String[] args, boolean archived) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        if (archived) {
            command.add(archive.use + directory.resolve(archive.file));
        } else {
            recording = directory.resolve(archive.file + "." + ProcessHandle.current().pid() + ".tmp");
            command.add(archive.record + recording);
            command.addAll(archive.quiet);
        }
        command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(directory.resolve("application").resolve(APPLICATION_JAR).toString());
        command.addAll(List.of(args));
        return command;
    }

    private synchronized void stopChild() {
        child.destroy();
        while (true) {
            try {
                keepRecording(child.waitFor());
                return;
            } catch (InterruptedException ignored) {
                // The child is writing its archive or stopping Neo4j; both end.
            }
        }
    }

    /**
     * The archive the child recorded becomes the one later launches use — only when it exited by itself or on a
     * stop (0, or 128 + SIGINT/SIGTERM), since the JVM writes it on the way out and a kill cuts it short.
     */
    private synchronized void keepRecording(int exitCode) {
        if (recording == null || !Files.isRegularFile(recording)) {
            return;
        }
        try {
            if (exitCode == 0 || exitCode == 130 || exitCode == 143) {
                Files.move(recording, directory.resolve(archive.file), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.delete(recording);
            }
        } catch (IOException notKept) {
            System.err.println("wb-cyber-graph: class data archive not kept (" + notKept + ")");
        }
        recording = null;
    }
}
