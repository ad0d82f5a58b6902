package org.wbcyber.graph.embedded;

import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.wbcyber.graph.browser.BrowserProperties;
import org.wbcyber.graph.system.Futures;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the configuration is read, so that the database's
 * start — the longest step of a launch, mostly single-threaded — runs while Spring builds the rest of the
 * application on the other core; the {@code embeddedNeo4j} bean then takes the started database (or its
 * failure, reported as if the bean had failed to start it). The application's main method and its commands add
 * it; without it (tests, other launchers) the bean starts the database itself.
 */
public final class EmbeddedNeo4jEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedNeo4jEarlyStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        // Destroying it is what stops a database the application failed before taking; a factory that could not
        // do so gets no early start.
        if (!NoNeo4jUriCondition.embedded(environment)
                || !(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
            return;
        }
        Binder binder = Binder.get(environment);
        EmbeddedNeo4jProperties properties = binder.bindOrCreate("wbcg.embedded", EmbeddedNeo4jProperties.class);
        Neo4jProperties neo4j = binder.bindOrCreate("spring.neo4j", Neo4jProperties.class);
        BrowserProperties browser = binder.bindOrCreate("wbcg.browser", BrowserProperties.class);
        CompletableFuture<EmbeddedNeo4j> starting = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                starting.complete(EmbeddedNeo4jAutoConfiguration.start(properties, neo4j, browser, environment));
            } catch (RuntimeException | Error failure) {
                starting.completeExceptionally(failure);
            }
        }, "embedded-neo4j-start");
        thread.start();
        Started started = new Started(starting);
        registry.registerSingleton(BEAN_NAME, started);
        registry.registerDisposableBean(BEAN_NAME, started);
    }

    /** The database being started; stops it at shutdown if the application failed before taking it. */
    static final class Started implements DisposableBean {

        private final CompletableFuture<EmbeddedNeo4j> starting;
        private volatile boolean taken;

        Started(CompletableFuture<EmbeddedNeo4j> starting) {
            this.starting = starting;
        }

        /** Waits for the start; its failure is thrown as it was thrown on the starting thread. */
        EmbeddedNeo4j take() {
            EmbeddedNeo4j neo4j = Futures.join(starting);
            taken = true;
            return neo4j;
        }

        @Override
        public void destroy() {
            if (!taken) {
                starting.thenAccept(EmbeddedNeo4j::close).exceptionally(failure -> null).join();
            }
        }
    }
}
