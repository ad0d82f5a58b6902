package org.wbcyber.graph.model;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code generate}: rewrites cypher/schema.cypher and docs/model.md from cypher/model.yaml, in the working
 * directory (the repository's root).
 */
public final class GenerateCommand {

    public static final String NAME = "generate";

    public int run(Path root, PrintStream out) {
        try {
            GraphModel model = ModelReader.read(Files.readString(root.resolve("cypher").resolve(ModelReader.MODEL_FILE)));
            for (Map.Entry<String, String> file : new TreeMap<>(ModelDocs.files(model)).entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                out.println("wrote " + file.getKey());
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
