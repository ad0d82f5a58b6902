package org.wbcyber.graph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.wbcyber.graph.WbCyberGraphApplication;
import org.wbcyber.graph.system.Directories;

/**
 * The application without its web server, on an embedded database in a directory of the benchmark's own, on free
 * loopback ports, with the curated data loaded: what an ingest is measured against.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BenchmarkDatabase(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts on {@code dataDir}, emptied first when {@code fresh}. */
    static BenchmarkDatabase start(Path dataDir, boolean fresh, String pageCache) {
        if (fresh) {
            Directories.delete(dataDir);
        }
        SpringApplication application = new SpringApplication(WbCyberGraphApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        int[] ports;
        try {
            ports = AppProcess.freePorts(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchmarkDatabase(application.run(
                "--wbcg.embedded.data-dir=" + dataDir.toAbsolutePath(),
                "--wbcg.embedded.bolt-port=" + ports[0],
                "--wbcg.embedded.http-port=" + ports[1],
                "--wbcg.embedded.page-cache=" + pageCache,
                "--logging.level.root=warn"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
