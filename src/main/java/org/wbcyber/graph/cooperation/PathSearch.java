package org.wbcyber.graph.cooperation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.provenance.Statement;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.QueryProperties;
import org.wbcyber.graph.query.QueryTimedOutException;

/**
 * The shortest cooperation paths between two actors: a breadth-first search from both ends at once, one step
 * (cooperation-step.cypher) at a time, always on the side whose frontier has fewer relationships, until the two
 * sides meet.
 * Neo4j's own shortest-path search over the same rules (cooperation-paths.cypher) answers the same, but it starts
 * from both ends whatever their size: from an actor with 50,000 relationships it ran for minutes at 100k actors,
 * and one statement cannot be stopped between steps. Here every step is its own query under the time limit, the
 * whole search too, and a hub is expanded only when the other side is larger still.
 */
@Component
public class PathSearch {

    private final GraphQueries queries;
    private final QueryProperties limits;

    public PathSearch(GraphQueries queries, QueryProperties limits) {
        this.queries = queries;
        this.limits = limits;
    }

    /**
     * At most {@code limit} of the shortest paths of at most {@code maxHops} relationships; none if there is no such
     * path.
     *
     * @throws NotFoundException when {@code from} or {@code to} is not an actor
     */
    public List<CooperationPath> shortest(String from, String to, int maxHops, int limit) {
        Record end = queries.read("path-ends", Map.of("from", from, "to", to)).get(0);
        if (end.get("from").isNull()) {
            throw new NotFoundException("actor", from);
        }
        if (end.get("to").isNull()) {
            throw new NotFoundException("actor", to);
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Side forward = new Side(end.get("from").asString(), end.get("fromDegree").asLong());
        Side backward = new Side(end.get("to").asString(), end.get("toDegree").asLong());
        for (int hops = 0; hops < maxHops && !forward.frontier.isEmpty() && !backward.frontier.isEmpty(); hops++) {
            if (System.nanoTime() > deadline) {
                throw new QueryTimedOutException("cooperation-step", limits.timeout(), null);
            }
            Side near = forward.cost <= backward.cost ? forward : backward;
            Side far = near == forward ? backward : forward;
            near.step(queries.read("cooperation-step", Map.of("frontier", List.copyOf(near.frontier))));
            Set<String> meeting = new TreeSet<>();
            int shortest = Integer.MAX_VALUE;
            for (String node : near.frontier) {
                Integer there = far.distance.get(node);
                if (there != null) {
                    int length = near.depth + there;
                    if (length < shortest) {
                        meeting.clear();
                        shortest = length;
                    }
                    if (length == shortest) {
                        meeting.add(node);
                    }
                }
            }
            if (!meeting.isEmpty()) {
                return details(paths(forward, backward, meeting, limit));
            }
        }
        return List.of();
    }

    /** Up to {@code limit} paths through the meeting nodes, each as its nodes and relationships (element ids). */
    private static List<Hops> paths(Side forward, Side backward, Set<String> meeting, int limit) {
        List<Hops> found = new ArrayList<>();
        for (String node : meeting) {
            for (Hops head : forward.pathsTo(node, limit)) {
                for (Hops tail : backward.pathsTo(node, limit)) {
                    found.add(head.join(tail.reversed()));
                    if (found.size() == limit) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    private List<CooperationPath> details(List<Hops> paths) {
        Set<String> nodes = new LinkedHashSet<>();
        Set<String> relationships = new LinkedHashSet<>();
        paths.forEach(p -> {
            nodes.addAll(p.nodes);
            relationships.addAll(p.relationships);
        });
        Record row = queries.read("path-details",
                Map.of("nodes", List.copyOf(nodes), "relationships", List.copyOf(relationships))).get(0);
        Map<String, CooperationPath.Node> nodeOf = new HashMap<>();
        row.get("nodes").asList(v -> v).forEach(v -> nodeOf.put(v.get("key").asString(),
                queries.bind(v.get("node").asObject(), CooperationPath.Node.class)));
        Map<String, Statement> statementOf = new HashMap<>();
        row.get("statements").asList(v -> v).forEach(v -> statementOf.put(v.get("key").asString(),
                queries.bind(v.get("statement").asObject(), Statement.class)));
        return paths.stream().map(p -> new CooperationPath(p.relationships.size(),
                p.nodes.stream().map(nodeOf::get).toList(),
                p.relationships.stream().map(statementOf::get).toList())).toList();
    }

    /** One end's search: how far each node reached is, and the relationships it was reached by. */
    private static final class Side {
        final Map<String, Integer> distance = new HashMap<>();
        final Map<String, Collection<Step>> reachedBy = new HashMap<>();
        Set<String> frontier = new TreeSet<>();
        /** The relationships of the frontier's nodes: what the next step reads at most. */
        long cost;
        int depth;

        Side(String start, long degree) {
            distance.put(start, 0);
            frontier.add(start);
            cost = degree;
        }

        void step(List<Record> rows) {
            depth++;
            Set<String> next = new TreeSet<>();
            cost = 0;
            for (Record row : rows) {
                String to = row.get("to").asString();
                Integer known = distance.get(to);
                if (known == null) {
                    distance.put(to, depth);
                    next.add(to);
                    cost += row.get("degree").asLong();
                    known = depth;
                }
                if (known == depth) {
                    reachedBy.computeIfAbsent(to, k -> new TreeSet<>())
                            .add(new Step(row.get("from").asString(), row.get("via").asString()));
                }
            }
            frontier = next;
        }

        /** Paths from this side's start to {@code node}, at most {@code limit}, in a stable order. */
        List<Hops> pathsTo(String node, int limit) {
            Collection<Step> steps = reachedBy.get(node);
            if (steps == null) {
                return List.of(new Hops(List.of(node), List.of()));
            }
            List<Hops> paths = new ArrayList<>();
            for (Step step : steps) {
                for (Hops before : pathsTo(step.from(), limit - paths.size())) {
                    paths.add(before.then(step.via(), node));
                    if (paths.size() == limit) {
                        return paths;
                    }
                }
            }
            return paths;
        }
    }

    private record Step(String from, String via) implements Comparable<Step> {
        @Override
        public int compareTo(Step other) {
            int byFrom = from.compareTo(other.from);
            return byFrom != 0 ? byFrom : via.compareTo(other.via);
        }
    }

    /** A path as element ids: n0, r1, n1, … */
    private record Hops(List<String> nodes, List<String> relationships) {
        Hops then(String relationship, String node) {
            List<String> n = new ArrayList<>(nodes);
            n.add(node);
            List<String> r = new ArrayList<>(relationships);
            r.add(relationship);
            return new Hops(n, r);
        }

        Hops reversed() {
            return new Hops(reverse(nodes), reverse(relationships));
        }

        /** This path followed by {@code tail}, which starts where this one ends. */
        Hops join(Hops tail) {
            List<String> n = new ArrayList<>(nodes);
            n.addAll(tail.nodes.subList(1, tail.nodes.size()));
            List<String> r = new ArrayList<>(relationships);
            r.addAll(tail.relationships);
            return new Hops(n, r);
        }

        private static List<String> reverse(List<String> items) {
            List<String> copy = new ArrayList<>(items);
            Collections.reverse(copy);
            return copy;
        }
    }
}
