package org.wbcyber.graph.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relaunch's decisions and its cache, without starting the application: extraction is done by a stand-in
 * for {@code java} that records each call. A real relaunch is what {@code benchmark startup} measures.
 */
class SharedArchiveLaunchTest {

    @TempDir
    Path dir;

    @Test
    void onlyAPackagedSpringBootJarIsRelaunched() throws IOException {
        Path packaged = jar("app.jar", "Spring-Boot-Lib", "BOOT-INF/lib/");
        Path extracted = jar("application.jar", "Class-Path", "lib/a.jar");

        assertThat(SharedArchiveLaunch.isPackagedJar(packaged)).isTrue();
        assertThat(SharedArchiveLaunch.isPackagedJar(extracted)).isFalse();
        assertThat(SharedArchiveLaunch.isPackagedJar(dir.resolve("classes"))).isFalse();
        assertThat(SharedArchiveLaunch.isPackagedJar(dir.resolve("missing.jar"))).isFalse();
    }

    @Test
    void theJvmOptionsBeforeJarArePassedOnUnlessTheUserManagesClassDataSharing() {
        assertThat(SharedArchiveLaunch.jvmOptions(List.of("-Xmx1g", "-Dx=y", "-jar", "app.jar", "--server.port=1")))
                .contains(List.of("-Xmx1g", "-Dx=y"));
        assertThat(SharedArchiveLaunch.jvmOptions(List.of("-jar", "app.jar"))).contains(List.of());
        assertThat(SharedArchiveLaunch.jvmOptions(List.of("-cp", "a.jar", "Main"))).isEmpty();
        assertThat(SharedArchiveLaunch.jvmOptions(List.of("-Xshare:off", "-jar", "app.jar"))).isEmpty();
        assertThat(SharedArchiveLaunch.jvmOptions(List.of("-XX:SharedArchiveFile=a.jsa", "-jar", "app.jar")))
                .isEmpty();
        assertThat(SharedArchiveLaunch.jvmOptions(List.of("-XX:AOTCache=app.aot", "-jar", "app.jar"))).isEmpty();
    }

    @Test
    void jdk25AndLaterStartFromAnAheadOfTimeCacheEarlierOnesFromAnAppCdsArchive() {
        assertThat(SharedArchiveLaunch.Archive.forJdk(17)).isEqualTo(SharedArchiveLaunch.Archive.CDS);
        assertThat(SharedArchiveLaunch.Archive.forJdk(21)).isEqualTo(SharedArchiveLaunch.Archive.CDS);
        assertThat(SharedArchiveLaunch.Archive.forJdk(25)).isEqualTo(SharedArchiveLaunch.Archive.AOT);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void onJdk25TheFirstLaunchRecordsAnAheadOfTimeCacheLaterOnesUseIt() throws Exception {
        Path jar = jar("app.jar", "Spring-Boot-Lib", "BOOT-INF/lib/");
        Path cache = SharedArchiveLaunch.directoryFor(jar);

        List<String> first = launch(jar, List.of(), SharedArchiveLaunch.Archive.AOT).prepare(new String[0]);

        Path recording = cache.resolve("application.aot." + ProcessHandle.current().pid() + ".tmp");
        assertThat(first).contains("-XX:AOTCacheOutput=" + recording, "-Xlog:aot*=off");
        assertThat(first).noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")
                || o.startsWith("-XX:SharedArchiveFile"));

        Files.writeString(cache.resolve("application.aot"), "recorded");
        List<String> second = launch(jar, List.of(), SharedArchiveLaunch.Archive.AOT).prepare(new String[0]);

        assertThat(second).contains("-XX:AOTCache=" + cache.resolve("application.aot"));
        assertThat(second).noneMatch(o -> o.startsWith("-XX:AOTCacheOutput"));
    }

    @Test
    void theCopyLivesNextToTheJar() {
        assertThat(SharedArchiveLaunch.directoryFor(Path.of("/x/target/wb-cyber-graph-0.1.0.jar")))
                .isEqualTo(Path.of("/x/target/wb-cyber-graph-0.1.0-launch"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theFirstLaunchExtractsAndRecordsTheArchiveLaterOnesUseIt() throws Exception {
        Path jar = jar("app.jar", "Spring-Boot-Lib", "BOOT-INF/lib/");
        Path cache = SharedArchiveLaunch.directoryFor(jar);
        SharedArchiveLaunch launch = launch(jar, List.of("-Xmx1g"));

        List<String> first = launch.prepare(new String[] {"--server.port=1"});

        assertThat(extractions()).hasSize(1);
        assertThat(first).startsWith(fakeJava().toString(), "-Xmx1g").endsWith("-jar",
                cache.resolve("application").resolve("application.jar").toString(), "--server.port=1");
        assertThat(first).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=" + cache.resolve("application.jsa.")));
        assertThat(first).contains("-Dwbcg.launch.parent=" + ProcessHandle.current().pid());

        Files.writeString(cache.resolve("application.jsa"), "recorded");
        List<String> second = launch(jar, List.of()).prepare(new String[0]);

        assertThat(extractions()).hasSize(1);
        assertThat(second).contains("-XX:SharedArchiveFile=" + cache.resolve("application.jsa"));
        assertThat(second).noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aRebuiltJarIsExtractedAgainAndItsOldArchiveDropped() throws Exception {
        Path jar = jar("app.jar", "Spring-Boot-Lib", "BOOT-INF/lib/");
        Path cache = SharedArchiveLaunch.directoryFor(jar);
        launch(jar, List.of()).prepare(new String[0]);
        Files.writeString(cache.resolve("application.jsa"), "recorded for the old jar");

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        List<String> command = launch(jar, List.of()).prepare(new String[0]);

        assertThat(extractions()).hasSize(2);
        assertThat(cache.resolve("application.jsa")).doesNotExist();
        assertThat(command).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void recordingsOfLaunchesThatAreGoneAreDeletedThoseRunningKept() throws Exception {
        Path jar = jar("app.jar", "Spring-Boot-Lib", "BOOT-INF/lib/");
        Path cache = SharedArchiveLaunch.directoryFor(jar);
        launch(jar, List.of()).prepare(new String[0]);
        Path running = Files.writeString(cache.resolve("application.jsa." + ProcessHandle.current().pid() + ".tmp"), "");
        Path gone = Files.writeString(cache.resolve("application.jsa.999999999.tmp"), "");
        Path goneAot = Files.writeString(cache.resolve("application.aot.999999999.tmp"), "");
        Path goneAotConfiguration = Files.writeString(cache.resolve("application.aot.999999999.tmp.config"), "");

        launch(jar, List.of()).prepare(new String[0]);
        launch(jar, List.of(), SharedArchiveLaunch.Archive.AOT).prepare(new String[0]);

        assertThat(running).exists();
        assertThat(gone).doesNotExist();
        assertThat(goneAot).doesNotExist();
        assertThat(goneAotConfiguration).doesNotExist();
    }

    private SharedArchiveLaunch launch(Path jar, List<String> options) throws IOException {
        return launch(jar, options, SharedArchiveLaunch.Archive.CDS);
    }

    private SharedArchiveLaunch launch(Path jar, List<String> options, SharedArchiveLaunch.Archive archive)
            throws IOException {
        return new SharedArchiveLaunch(jar, SharedArchiveLaunch.directoryFor(jar), fakeJava().toString(), options,
                archive);
    }

    /** Stands in for java -Djarmode=tools -jar … extract --destination D: notes the call, creates D. */
    private Path fakeJava() throws IOException {
        Path script = dir.resolve("java");
        if (!Files.exists(script)) {
            Files.writeString(script, """
                    #!/bin/sh
                    echo "$@" >> "%s"
                    while [ "$1" != "--destination" ]; do shift; done
                    mkdir -p "$2"
                    """.formatted(dir.resolve("extractions")));
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return script;
    }

    private List<String> extractions() throws IOException {
        Path calls = dir.resolve("extractions");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private Path jar(String name, String attribute, String value) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(attribute, value);
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
