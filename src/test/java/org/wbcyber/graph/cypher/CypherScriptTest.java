package org.wbcyber.graph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CypherScriptTest {

    @Test
    void splitsOnSemicolonsAndKeepsTheLineEachStatementStartsOn() {
        List<CypherStatement> statements = CypherScript.parse("""
                // a comment; with a semicolon
                CREATE (:A);

                MATCH (n)
                RETURN n;
                """);

        assertThat(statements).containsExactly(new CypherStatement("CREATE (:A)", 2),
                new CypherStatement("MATCH (n)\nRETURN n", 4));
    }

    @Test
    void semicolonsInStringsBacktickNamesAndBlockCommentsDoNotEndAStatement() {
        String create = "CREATE (:Quote {text: 'policy; strategy', other: \"it\\\"s; fine\"})-[:`REL;X`]->(:B)";

        List<CypherStatement> statements = CypherScript.parse(create + ";\n/* ; */ RETURN 1");

        assertThat(statements).extracting(CypherStatement::text).containsExactly(create, "RETURN 1");
    }

    @Test
    void clientCommandsAreSkipped() {
        List<CypherStatement> statements = CypherScript.parse("""
                :param project => 'cscwb';
                :param {country: 'RS'}
                MATCH (p:Project {id: $project}) RETURN p;
                """);

        assertThat(statements).containsExactly(new CypherStatement("MATCH (p:Project {id: $project}) RETURN p", 3));
    }
}
