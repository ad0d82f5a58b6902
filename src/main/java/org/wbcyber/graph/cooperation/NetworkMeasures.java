package org.wbcyber.graph.cooperation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Brokers and communities of an undirected, weighted network, computed in the application so that they work the
 * same against the embedded database, docker compose or any remote server (Graph Data Science is not needed).
 *
 * <ul>
 * <li><b>Betweenness</b> (Brandes 2001): the share of shortest paths between two other actors that pass through an
 * actor, counting hops (weights do not shorten paths), normalised to 0–1 by the number of pairs that could route
 * through it, (n−1)(n−2)/2.</li>
 * <li><b>Communities</b> (Louvain, Blondel et al. 2008): groups that cooperate more among themselves than with
 * the rest, found by greedily moving actors to the neighbouring group that raises modularity most, then merging
 * groups and repeating. Actors are visited in id order and ties go to the smaller group index, so the same graph
 * always gives the same communities.</li>
 * </ul>
 * Exact betweenness costs O(actors × edges): fine for the curated graph and thousands of actors, not for millions.
 */
final class NetworkMeasures {

    record Edge(String source, String target, double weight) {
    }

    record Measures(String id, int degree, double weightedDegree, double betweenness, int community) {
    }

    record Result(List<Measures> actors, double modularity, int communities) {
    }

    private final String[] ids;
    private final List<Map<Integer, Double>> adjacency = new ArrayList<>();

    NetworkMeasures(List<Edge> edges) {
        TreeSet<String> names = new TreeSet<>();
        edges.forEach(e -> {
            names.add(e.source());
            names.add(e.target());
        });
        ids = names.toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
            adjacency.add(new LinkedHashMap<>());
        }
        for (Edge e : edges) {
            int a = index.get(e.source());
            int b = index.get(e.target());
            if (a != b) {
                // Both directions of a pair may be listed; the weight of a pair is stated once, not summed.
                adjacency.get(a).merge(b, e.weight(), Math::max);
                adjacency.get(b).merge(a, e.weight(), Math::max);
            }
        }
    }

    Result compute() {
        double[] betweenness = betweenness();
        int[] community = communities();
        double modularity = modularity(community);
        List<Measures> actors = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            double weighted = adjacency.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
            actors.add(new Measures(ids[i], adjacency.get(i).size(), weighted, betweenness[i], community[i]));
        }
        return new Result(actors, modularity, (int) Arrays.stream(community).distinct().count());
    }

    private double[] betweenness() {
        int n = ids.length;
        double[] centrality = new double[n];
        for (int s = 0; s < n; s++) {
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            List<List<Integer>> predecessors = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                predecessors.add(new ArrayList<>());
            }
            double[] paths = new double[n];
            int[] distance = new int[n];
            Arrays.fill(distance, -1);
            paths[s] = 1;
            distance[s] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack.push(v);
                for (int w : adjacency.get(v).keySet()) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                        predecessors.get(w).add(v);
                    }
                }
            }
            double[] dependency = new double[n];
            while (!stack.isEmpty()) {
                int w = stack.pop();
                for (int v : predecessors.get(w)) {
                    dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
        }
        // Each unordered pair was counted from both ends; then scale to the pairs that could pass through a node.
        double pairs = (n - 1) * (n - 2) / 2.0;
        for (int i = 0; i < n; i++) {
            centrality[i] = pairs > 0 ? centrality[i] / 2 / pairs : 0;
        }
        return centrality;
    }

    private int[] communities() {
        int n = ids.length;
        int[] membership = new int[n];
        for (int i = 0; i < n; i++) {
            membership[i] = i;
        }
        List<Map<Integer, Double>> graph = adjacency;
        while (true) {
            int[] level = moveNodes(graph);
            int groups = (int) Arrays.stream(level).distinct().count();
            for (int i = 0; i < n; i++) {
                membership[i] = level[membership[i]];
            }
            if (groups == graph.size()) {
                return renumber(membership);
            }
            graph = aggregate(graph, level, groups);
        }
    }

    /** One Louvain pass: returns each node's group, numbered 0..groups-1 in order of first appearance. */
    private static int[] moveNodes(List<Map<Integer, Double>> graph) {
        int n = graph.size();
        double[] strength = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Double> e : graph.get(i).entrySet()) {
                strength[i] += e.getValue() * (e.getKey() == i ? 2 : 1);
            }
            total += strength[i];
        }
        int[] group = new int[n];
        double[] groupStrength = new double[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
            groupStrength[i] = strength[i];
        }
        if (total == 0) {
            return renumber(group);
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = 0; i < n; i++) {
                Map<Integer, Double> links = new HashMap<>();
                for (Map.Entry<Integer, Double> e : graph.get(i).entrySet()) {
                    if (e.getKey() != i) {
                        links.merge(group[e.getKey()], e.getValue(), Double::sum);
                    }
                }
                int current = group[i];
                groupStrength[current] -= strength[i];
                int best = current;
                double bestGain = links.getOrDefault(current, 0.0) - groupStrength[current] * strength[i] / total;
                for (int candidate : new TreeSet<>(links.keySet())) {
                    double gain = links.get(candidate) - groupStrength[candidate] * strength[i] / total;
                    if (gain > bestGain + 1e-12) {
                        best = candidate;
                        bestGain = gain;
                    }
                }
                groupStrength[best] += strength[i];
                if (best != current) {
                    group[i] = best;
                    moved = true;
                }
            }
        }
        return renumber(group);
    }

    private static List<Map<Integer, Double>> aggregate(List<Map<Integer, Double>> graph, int[] group, int groups) {
        List<Map<Integer, Double>> merged = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            merged.add(new LinkedHashMap<>());
        }
        for (int i = 0; i < graph.size(); i++) {
            for (Map.Entry<Integer, Double> e : graph.get(i).entrySet()) {
                int a = group[i];
                int b = group[e.getKey()];
                // Every link is seen from both ends; a self-loop from inside a group keeps half on each visit.
                merged.get(a).merge(b, a == b && i != e.getKey() ? e.getValue() / 2 : e.getValue(), Double::sum);
            }
        }
        return merged;
    }

    private static int[] renumber(int[] group) {
        Map<Integer, Integer> number = new HashMap<>();
        int[] result = new int[group.length];
        for (int i = 0; i < group.length; i++) {
            result[i] = number.computeIfAbsent(group[i], g -> number.size());
        }
        return result;
    }

    private double modularity(int[] community) {
        double total = 0;
        Map<Integer, Double> inside = new HashMap<>();
        Map<Integer, Double> strength = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            for (Map.Entry<Integer, Double> e : adjacency.get(i).entrySet()) {
                total += e.getValue();
                strength.merge(community[i], e.getValue(), Double::sum);
                if (community[i] == community[e.getKey()]) {
                    inside.merge(community[i], e.getValue(), Double::sum);
                }
            }
        }
        if (total == 0) {
            return 0;
        }
        double q = 0;
        for (Map.Entry<Integer, Double> e : strength.entrySet()) {
            double s = e.getValue() / total;
            q += inside.getOrDefault(e.getKey(), 0.0) / total - s * s;
        }
        return q;
    }
}
