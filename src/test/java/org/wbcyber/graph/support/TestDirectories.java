package org.wbcyber.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh directories under target/, so that `mvn clean` removes what tests leave behind. */
public final class TestDirectories {

    private static final Path ROOT = Path.of("target", "test-data");

    private TestDirectories() {
    }

    public static Path fresh(String prefix) {
        try {
            Files.createDirectories(ROOT);
            return Files.createTempDirectory(ROOT, prefix + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
