package org.wbcyber.graph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.Driver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For {@link GraphTest}s that import into the shared curated graph ({@code @RegisterExtension}): takes the graph's
 * fingerprint before each test; after it, deletes what imports of the given formats wrote (and whatever else the
 * class says it changed) and checks that the graph is as it was.
 */
public final class UndoImports implements BeforeEachCallback, AfterEachCallback {

    private final String[] formats;
    private final Consumer<Driver> alsoUndo;
    private Driver driver;
    private String before;

    public UndoImports(String... formats) {
        this(d -> { }, formats);
    }

    private UndoImports(Consumer<Driver> alsoUndo, String... formats) {
        this.formats = formats;
        this.alsoUndo = alsoUndo;
    }

    /** The same, also running {@code undo} after the imported data is deleted. */
    public UndoImports andUndo(Consumer<Driver> undo) {
        return new UndoImports(alsoUndo.andThen(undo), formats);
    }

    /** The graph's fingerprint before the test, for tests that check an import changed nothing. */
    public String before() {
        return before;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        driver = SpringExtension.getApplicationContext(context).getBean(Driver.class);
        before = GraphFingerprint.of(driver);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ImportedData.remove(driver, formats);
        alsoUndo.accept(driver);
        assertThat(GraphFingerprint.of(driver)).as("the curated graph after the test").isEqualTo(before);
    }
}
