package org.wbcyber.graph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The startup benchmark's own logic, without timing anything: a real run starts the whole application several
 * times (minutes), so it is run by hand as docs/benchmarks.md says.
 */
class StartupBenchmarkTest {

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(StartupBenchmark.median(List.of(9L, 1L, 5L))).isEqualTo(5);
        assertThat(StartupBenchmark.median(List.of(4L, 1L, 10L, 6L))).isEqualTo(5);
        assertThat(StartupBenchmark.median(List.of(7L))).isEqualTo(7);
    }

    @Test
    void optionsAreReadAndBadOnesRefused() {
        StartupBenchmark.Options options = StartupBenchmark.parse(List.of("--runs=5",
                "--jvm-args=-Xmx512m  -XX:+UseSerialGC", "--timeout=60", "--data-dir=" + Path.of("").toAbsolutePath()));

        assertThat(options.runs()).isEqualTo(5);
        assertThat(options.jvmArgs()).containsExactly("-Xmx512m", "-XX:+UseSerialGC");
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.dataDir()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(StartupBenchmark.parse(List.of()).runs()).isEqualTo(3);
        assertThatThrownBy(() -> StartupBenchmark.parse(List.of("--runs=0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StartupBenchmark.parse(List.of("--runs=x"))).hasMessageContaining("--runs=x");
        assertThatThrownBy(() -> StartupBenchmark.parse(List.of("--data-dir=/no/such/dir")))
                .hasMessageContaining("not a directory");
        assertThatThrownBy(() -> StartupBenchmark.parse(List.of("--fast"))).hasMessageContaining("--fast");
    }

    @Test
    void aUsageErrorPrintsTheUsageAndExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new BenchmarkCommand().run(List.of("startup", "--runs=-1"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--runs").contains("startup [--runs=3]");
    }

    @Test
    void theChildIsTheSameJarOrTheSameClassPath() {
        assertThat(AppProcess.launch("target/app.jar")).containsExactly("-jar", "target/app.jar");
        String classPath = "target/classes" + File.pathSeparator + "lib/a.jar";
        assertThat(AppProcess.launch(classPath)).contains("--add-opens").endsWith("-cp", classPath,
                "org.wbcyber.graph.WbCyberGraphApplication");
    }

    @Test
    void residentMemoryAndHealthAreReadFromWhatLinuxAndActuatorSay() {
        assertThat(AppProcess.parseVmRss("Name:\tjava\nVmPeak:\t 9000 kB\nVmRSS:\t  778128 kB\nRssAnon:\t 1 kB\n"))
                .isEqualTo(778128L * 1024);
        assertThatThrownBy(() -> AppProcess.parseVmRss("Name:\tjava\n")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AppProcess.up("{\"components\":{\"neo4j\":{\"status\":\"UP\"}},\"status\":\"UP\"}")).isTrue();
        assertThat(AppProcess.up("{\"components\":{\"neo4j\":{\"status\":\"UP\"}},\"status\":\"DOWN\"}")).isFalse();
    }
}
