package org.wbcyber.graph.cooperation;

import java.util.List;

/**
 * The structure of the cooperation network, whole or around a focus: who bridges separate groups (brokers) and
 * which groups exist (communities). How they are computed: {@link NetworkMeasures}. {@code focus} is null for the
 * whole network, else the actor, country or theme whose network view was measured ({@code truncated} when that
 * view stopped at its number of nodes).
 */
public final class Structure {

    private Structure() {
    }

    public record Actor(String id, String label, String name, String acronym, String kind, String country) {
    }

    /**
     * {@code betweenness}: the share (0–1) of shortest cooperation paths between two other actors that run through
     * this one. {@code degree}: distinct partners; {@code weightedDegree}: the sum of the pair weights.
     */
    public record Broker(Actor actor, double betweenness, int degree, double weightedDegree, int community) {
    }

    public record Brokers(String focus, boolean truncated, int actors, int pairs, List<Broker> items) {
    }

    /**
     * A group of actors that cooperate more with each other than with the rest. {@code sharedContexts}: the
     * projects, events, initiatives and publications most of its internal ties go through, most frequent first
     * (in a focused network, counted over the at most ten contexts each edge lists).
     */
    public record Community(int id, int size, List<Actor> members, List<String> sharedContexts) {
    }

    /** {@code modularity}: how much more the ties fall inside the communities than chance would put there (−0.5–1). */
    public record Communities(String focus, boolean truncated, int actors, int pairs, double modularity,
            List<Community> items) {
    }
}
