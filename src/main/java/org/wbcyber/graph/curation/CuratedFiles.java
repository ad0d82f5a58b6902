package org.wbcyber.graph.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The inputs of a curated load, read from a {@code cypher/} folder (on the class path or on disk): the model,
 * the data files and the texts of the source documents quotes are checked against.
 */
public record CuratedFiles(TextFile model, List<TextFile> data, Map<String, String> sourceTexts) {

    /** A file's name as users see it (e.g. cypher/data/shared.yaml) and its content. */
    public record TextFile(String name, String content) {
    }

    public static CuratedFiles load(String location) {
        return load(new PathMatchingResourcePatternResolver(), location);
    }

    /** @param location the cypher folder, e.g. {@code classpath:cypher/} or {@code file:./cypher/} */
    public static CuratedFiles load(ResourcePatternResolver resolver, String location) {
        String base = location.endsWith("/") ? location : location + "/";
        try {
            Resource model = resolver.getResource(base + "model.yaml");
            if (!model.exists()) {
                throw new IllegalArgumentException("No model.yaml under " + base);
            }
            List<TextFile> data = new ArrayList<>();
            for (Resource resource : sorted(resolver.getResources(base + "data/*.yaml"))) {
                data.add(new TextFile("cypher/data/" + resource.getFilename(), read(resource)));
            }
            Map<String, String> sources = new LinkedHashMap<>();
            for (Resource resource : sorted(resolver.getResources(base + "sources/*.txt"))) {
                sources.put(resource.getFilename(), read(resource));
            }
            return new CuratedFiles(new TextFile("cypher/model.yaml", read(model)), data, sources);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the curated data under " + base, e);
        }
    }

    private static List<Resource> sorted(Resource[] resources) {
        List<Resource> list = new ArrayList<>(List.of(resources));
        list.sort(Comparator.comparing(Resource::getFilename));
        return list;
    }

    private static String read(Resource resource) throws IOException {
        return resource.getContentAsString(StandardCharsets.UTF_8);
    }
}
