package org.wbcyber.graph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import org.wbcyber.graph.support.GraphTest;

/** Every query an analyst can click in the Browser guide runs, read-only, and finds something in the curated graph. */
@GraphTest
class GuideQueriesTest {

    static final Path GUIDE = Path.of("cypher/guide/wb-cyber-graph.html");
    private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"[^\"]*\\brunnable\\b[^\"]*\">(.*?)</pre>", Pattern.DOTALL);

    @Autowired
    Driver driver;

    static List<String> runnableQueries() throws IOException {
        Matcher m = RUNNABLE.matcher(Files.readString(GUIDE));
        List<String> queries = new ArrayList<>();
        while (m.find()) {
            queries.add(HtmlUtils.htmlUnescape(m.group(1)));
        }
        return queries;
    }

    @Test
    void theGuideWalksThroughTheTopQuestionsWithRunnableQueries() throws IOException {
        String guide = Files.readString(GUIDE);

        assertThat(runnableQueries()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(guide).contains("Who funds what?", "Who cooperates with whom?", "Where does this come from?",
                "Brokers and communities", "Where is coverage thin?");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("runnableQueries")
    void everyGuideQueryRunsReadOnlyAndFindsSomething(String query) {
        var result = driver.executableQuery(query)
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute();

        assertThat(result.records()).as(query).isNotEmpty();
    }
}
