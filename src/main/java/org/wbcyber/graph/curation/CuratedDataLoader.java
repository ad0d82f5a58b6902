package org.wbcyber.graph.curation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.schema.SchemaBootstrap;

/**
 * Loads the curated data: read and validate every file, then write the graph in one transaction. At startup it
 * loads according to {@code wbcg.curated.load-on-start}; the {@code load} command calls it on demand, against
 * the embedded database or any server.
 */
@Service
public class CuratedDataLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CuratedDataLoader.class);

    private final CuratedDataProperties properties;
    private final GraphModel model;
    private final CuratedGraphWriter writer;
    private final ResourcePatternResolver resources;

    /** Takes the schema bootstrap so that the constraints the writer's MERGEs rely on exist before it runs. */
    CuratedDataLoader(CuratedDataProperties properties, GraphModel model, CuratedGraphWriter writer,
            ResourcePatternResolver resources, SchemaBootstrap schema) {
        this.properties = properties;
        this.model = model;
        this.writer = writer;
        this.resources = resources;
    }

    @Override
    public void afterPropertiesSet() {
        switch (properties.loadOnStart()) {
            case NEVER -> log.info("Curated data not loaded at startup (wbcg.curated.load-on-start=never)");
            case ALWAYS -> log.info("{}", load(false));
            case IF_CHANGED -> {
                long started = System.nanoTime();
                CuratedGraph graph = read();
                long read = System.nanoTime();
                if (writer.loadedInputHash().filter(graph.inputHash()::equals).isPresent()) {
                    log.info("Curated data already loaded (inputs {}): {} nodes, {} relationships; read and "
                            + "checked in {} ms", graph.inputHash().substring(0, 12), graph.nodes().size(),
                            graph.relationships().size(), (System.nanoTime() - started) / 1_000_000);
                } else {
                    LoadReport report = writer.write(graph, false);
                    log.info("{}\n  read in {} ms, written in {} ms", report, (read - started) / 1_000_000,
                            (System.nanoTime() - read) / 1_000_000);
                }
            }
        }
    }

    /** Validates the files under {@code wbcg.curated.location}; throws {@link CurationException} listing every problem. */
    public CuratedGraph read() {
        return new CuratedDataReader(model).read(CuratedFiles.load(resources, properties.location()));
    }

    public LoadReport load(boolean dryRun) {
        return writer.write(read(), dryRun);
    }

    public String location() {
        return properties.location();
    }
}
