package org.wbcyber.graph.cooperation;

import java.util.List;

/**
 * The structure of the whole cooperation network: who bridges separate groups (brokers) and which groups exist
 * (communities). How they are computed: {@link NetworkMeasures}.
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

    public record Brokers(int actors, int pairs, List<Broker> items) {
    }

    /**
     * A group of actors that cooperate more with each other than with the rest. {@code sharedContexts}: the
     * projects, events, initiatives and publications most of its internal ties go through, most frequent first.
     */
    public record Community(int id, int size, List<Actor> members, List<String> sharedContexts) {
    }

    /** {@code modularity}: how much more the ties fall inside the communities than chance would put there (−0.5–1). */
    public record Communities(int actors, int pairs, double modularity, List<Community> items) {
    }
}
