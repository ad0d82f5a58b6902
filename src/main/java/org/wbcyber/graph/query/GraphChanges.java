package org.wbcyber.graph.query;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * A number that grows with every committed write to the graph, for answers computed from all of it (the coverage
 * matrix) to be kept until the data they were computed from changes.
 *
 * <p>Only a database in this JVM lets the application see every commit (its own imports, a Browser user's writes
 * over Bolt, anything else): Neo4j calls its transaction event listeners for each transaction that changed
 * something. A remote server gives a client no such signal (Community reports no last transaction id), so there
 * the version is unknown and nothing is kept.
 */
public final class GraphChanges implements AutoCloseable {

    private final AtomicLong commits = new AtomicLong();
    private final DatabaseManagementService dbms;
    private final String database;
    private final TransactionEventListener<Object> listener = new TransactionEventListenerAdapter<>() {
        @Override
        public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
            commits.incrementAndGet();
        }
    };

    private GraphChanges(DatabaseManagementService dbms, String database) {
        this.dbms = dbms;
        this.database = database;
        if (dbms != null) {
            dbms.registerTransactionEventListener(database, listener);
        }
    }

    /** Every commit to {@code database} of an in-process DBMS, from now until {@link #close()}. */
    public static GraphChanges of(DatabaseManagementService dbms, String database) {
        return new GraphChanges(dbms, database);
    }

    /** A remote server's: not seen, so every answer is computed afresh. */
    public static GraphChanges unseen() {
        return new GraphChanges(null, null);
    }

    /** The current version; empty when changes are not seen. */
    public OptionalLong version() {
        return dbms == null ? OptionalLong.empty() : OptionalLong.of(commits.get());
    }

    @Override
    public void close() {
        if (dbms != null) {
            dbms.unregisterTransactionEventListener(database, listener);
        }
    }
}
