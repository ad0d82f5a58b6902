package org.wbcyber.graph.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from a query's plan ({@code EXPLAIN}, which runs nothing) whether it may run here, and if not, says
 * why in the user's terms. The plan is what Neo4j will actually do, so comments, letter case, escapes or a write
 * tucked into a subquery or {@code FOREACH} change nothing. Read-only query types are not enough on their own:
 * {@code LOAD CSV} reads the server's files, {@code TERMINATE TRANSACTIONS} and some procedures plan as reads.
 */
final class ReadOnlyPolicy {

    /** Commands that only describe the schema; every other SHOW or TERMINATE command is refused. */
    private static final Set<String> SCHEMA_COMMANDS = Set.of("ShowIndexes", "ShowConstraints", "ShowProcedures",
            "ShowFunctions");

    private final Set<String> procedures;

    ReadOnlyPolicy(List<String> procedures) {
        this.procedures = Set.copyOf(procedures);
    }

    /** Why the query may not run, or empty when it may. */
    Optional<String> refusal(ResultSummary summary) {
        List<Plan> operators = new ArrayList<>();
        collect(summary.plan(), operators);
        String database = summary.database().name();
        Set<String> writes = new LinkedHashSet<>();
        for (Plan operator : operators) {
            String name = name(operator);
            Optional<String> refused = refusal(name, operator);
            if (refused.isPresent()) {
                return refused;
            }
            String elsewhere = database(operator);
            if (elsewhere != null && !elsewhere.equals(database)) {
                return Optional.of("the query runs on database '" + elsewhere + "' (USE); only '" + database
                        + "' is available here");
            }
            write(name).ifPresent(writes::add);
        }
        if (!writes.isEmpty()) {
            return Optional.of("the query writes: " + String.join(", ", writes));
        }
        if (summary.queryType() != QueryType.READ_ONLY) {
            return Optional.of("the query is not read-only (Neo4j plans it as " + summary.queryType() + ")");
        }
        return Optional.empty();
    }

    private Optional<String> refusal(String name, Plan operator) {
        if (name.equals("LoadCSV")) {
            return Optional.of("LOAD CSV is not available here: it reads files and URLs from the database server");
        }
        if (name.startsWith("Transaction")) {
            return Optional.of("CALL { ... } IN TRANSACTIONS is not available here: it commits batches on its own");
        }
        if (name.equals("AdministrationCommand")) {
            return Optional.of("administration commands (users, roles, privileges, databases, servers) are not "
                    + "available here");
        }
        if ((name.startsWith("Show") || name.startsWith("Terminate")) && !SCHEMA_COMMANDS.contains(name)) {
            return Optional.of(words(name) + " is not available here; SHOW INDEXES, SHOW CONSTRAINTS, "
                    + "SHOW PROCEDURES and SHOW FUNCTIONS are");
        }
        if (name.equals("ProcedureCall")) {
            String procedure = procedure(operator);
            if (!procedures.contains(procedure)) {
                return Optional.of("procedure " + procedure + " is not available here; these are: "
                        + String.join(", ", procedures.stream().sorted().toList()));
            }
        }
        return Optional.empty();
    }

    /** The clause an operator that changes the graph or the schema comes from. */
    private static Optional<String> write(String name) {
        if (name.contains("Merge")) {
            return Optional.of("MERGE");
        }
        if (name.equals("Create") || name.startsWith("CreateNode") || name.startsWith("CreateRelationship")) {
            return Optional.of("CREATE");
        }
        if (name.equals("Foreach")) {
            return Optional.of("FOREACH"); // the clauses inside it are not operators of their own
        }
        if (name.startsWith("DetachDelete")) {
            return Optional.of("DETACH DELETE");
        }
        for (String clause : List.of("Delete", "Set", "Remove")) {
            if (name.startsWith(clause)) {
                return Optional.of(clause.toUpperCase(Locale.ROOT));
            }
        }
        if (name.startsWith("Create") || name.startsWith("Drop") || name.startsWith("Alter")) {
            return Optional.of(words(name));
        }
        return Optional.empty();
    }

    /** {@code db.labels() :: (label :: STRING)} names db.labels; no readable name refuses the call. */
    private static String procedure(Plan operator) {
        Value details = operator.arguments().get("Details");
        String text = details == null || details.isNull() ? "" : details.asString();
        int open = text.indexOf('(');
        return open > 0 ? text.substring(0, open).strip() : "(unnamed)";
    }

    /** Operator types carry the database they run on: {@code Create@neo4j}. */
    private static String name(Plan operator) {
        String type = operator.operatorType();
        int at = type.indexOf('@');
        return at < 0 ? type : type.substring(0, at);
    }

    private static String database(Plan operator) {
        String type = operator.operatorType();
        int at = type.lastIndexOf('@');
        return at < 0 ? null : type.substring(at + 1);
    }

    /** {@code ShowTransactions} reads SHOW TRANSACTIONS. */
    private static String words(String operator) {
        return operator.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toUpperCase(Locale.ROOT);
    }

    private static void collect(Plan plan, List<Plan> into) {
        into.add(plan);
        plan.children().forEach(child -> collect(child, into));
    }
}
