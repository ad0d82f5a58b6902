package org.wbcyber.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.cypher.CypherScript;
import org.wbcyber.graph.cypher.CypherStatement;
import org.wbcyber.graph.support.GraphTest;

@GraphTest
class SchemaBootstrapTest {

    private static final Pattern NAMED = Pattern.compile("CREATE (?:CONSTRAINT|(?:FULLTEXT |RANGE |TEXT )?INDEX) (\\w+) IF NOT EXISTS");

    @Autowired
    Driver driver;

    @Autowired
    SchemaBootstrap schema;

    private List<String> namesIn(String show) {
        return driver.executableQuery(show + " YIELD name RETURN name ORDER BY name").execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
    }

    @Test
    void everyConstraintAndIndexOfTheSchemaFileExistsAfterStartup() throws Exception {
        Matcher matcher = NAMED.matcher(Files.readString(Path.of("cypher/schema.cypher")));
        List<String> declared = matcher.results().map(m -> m.group(1)).toList();

        assertThat(declared).isNotEmpty();
        List<String> existing = new java.util.ArrayList<>(namesIn("SHOW CONSTRAINTS"));
        existing.addAll(namesIn("SHOW INDEXES"));
        assertThat(existing).containsAll(declared);
    }

    @Test
    void everyStatementOfTheSchemaFileNamesWhatItCreatesSoThatARestartCanSkipIt() throws Exception {
        List<String> statements = CypherScript.parse(Files.readString(Path.of("cypher/schema.cypher"))).stream()
                .map(CypherStatement::text).toList();

        assertThat(statements).isNotEmpty().allSatisfy(statement -> assertThat(SchemaBootstrap.name(statement))
                .as(statement).isPresent());
        assertThat(SchemaBootstrap.name("CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Country) ON EACH [n.name]"))
                .contains("names");
        assertThat(SchemaBootstrap.name("CREATE CONSTRAINT FOR (n:Country) REQUIRE n.id IS UNIQUE")).isEmpty();
    }

    @Test
    void applyingTheSchemaAgainChangesNothing() {
        List<String> constraints = namesIn("SHOW CONSTRAINTS");
        List<String> indexes = namesIn("SHOW INDEXES");

        schema.apply();

        assertThat(namesIn("SHOW CONSTRAINTS")).isEqualTo(constraints);
        assertThat(namesIn("SHOW INDEXES")).isEqualTo(indexes);
    }
}
