package org.wbcyber.graph.model;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code generate}: rewrites the files generated from cypher/model.yaml (and, through the other generators it is
 * given, from the curated data) in the working directory, the repository's root. All or nothing: every file is
 * generated before any is written, so invalid inputs leave every file as it was.
 */
public final class GenerateCommand {

    public static final String NAME = "generate";
    public static final int INVALID_INPUT = 3;

    /** Files generated from the inputs under {@code root}, by path from it; throws when the inputs are invalid. */
    @FunctionalInterface
    public interface Generator {
        Map<String, String> files(Path root, GraphModel model);
    }

    private final List<Generator> generators;

    /** @param generators what to generate besides {@link ModelDocs#files the model's own files} */
    public GenerateCommand(List<Generator> generators) {
        this.generators = List.copyOf(generators);
    }

    public int run(Path root, PrintStream out, PrintStream err) {
        Map<String, String> files = new TreeMap<>();
        try {
            GraphModel model = ModelReader.read(Files.readString(root.resolve("cypher").resolve(ModelReader.MODEL_FILE)));
            files.putAll(ModelDocs.files(model));
            for (Generator generator : generators) {
                files.putAll(generator.files(root, model));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException invalid) {
            err.println("Nothing generated, no file changed: " + invalid.getMessage());
            return INVALID_INPUT;
        }
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
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
