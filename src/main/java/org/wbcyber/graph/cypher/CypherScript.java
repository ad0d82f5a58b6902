package org.wbcyber.graph.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;

/**
 * Splits a Cypher script, as written for Neo4j Browser or cypher-shell, into the statements a driver can run:
 * statements end with {@code ;}; comments are dropped; client commands such as {@code :param} or {@code :play}
 * (a line starting with {@code :} where a statement would begin) are not Cypher and are skipped. Semicolons
 * inside strings, identifiers in backticks and comments do not end a statement.
 */
public final class CypherScript {

    private CypherScript() {
    }

    public static List<CypherStatement> parse(Resource script) {
        try {
            return parse(script.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Cypher script " + script.getDescription(), e);
        }
    }

    public static List<CypherStatement> parse(String script) {
        List<CypherStatement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean atStatementStart = true;
        int line = 1;
        int startLine = 1;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (atStatementStart && c == ':') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '/') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                line += count(script, i, stop, '\n');
                current.append(' ');
                i = stop;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                if (atStatementStart) {
                    startLine = line;
                }
                int stop = endOfQuoted(script, i, c);
                line += count(script, i, stop, '\n');
                current.append(script, i, stop);
                atStatementStart = false;
                i = stop;
                continue;
            }
            if (c == ';') {
                add(statements, current, startLine);
                atStatementStart = true;
                i++;
                continue;
            }
            if (atStatementStart && !Character.isWhitespace(c)) {
                startLine = line;
                atStatementStart = false;
            }
            if (c == '\n') {
                line++;
            }
            current.append(c);
            i++;
        }
        add(statements, current, startLine);
        return statements;
    }

    private static int endOfQuoted(String script, int open, char quote) {
        int i = open + 1;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (quote == '`' && i + 1 < script.length() && script.charAt(i + 1) == '`') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return script.length();
    }

    private static int count(String s, int from, int to, char c) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    private static void add(List<CypherStatement> statements, StringBuilder current, int startLine) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            statements.add(new CypherStatement(text, startLine));
        }
        current.setLength(0);
    }
}
