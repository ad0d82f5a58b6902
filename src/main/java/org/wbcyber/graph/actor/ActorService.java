package org.wbcyber.graph.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.Items;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.model.Cooperation;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.provenance.Evidence;
import org.wbcyber.graph.provenance.Statement;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.Linked;
import org.wbcyber.graph.query.Place;

@Service
class ActorService {

    private static final List<String> SECTIONS = List.of("roles", "memberships", "units", "people", "positions",
            "policies", "partnerships", "targetedBy", "citedBy");

    private final GraphQueries queries;
    private final Cooperation cooperation;

    ActorService(GraphQueries queries, GraphModel model) {
        this.queries = queries;
        this.cooperation = model.cooperation();
    }

    ActorProfile profile(String id, int items) {
        Items.of(items);
        List<Record> rows = queries.read("actor-profile", Map.of("id", id, "items", items));
        if (rows.isEmpty()) {
            throw new NotFoundException("actor", id);
        }
        Actor actor = queries.bind(rows.get(0).get("actor").asObject(), Actor.class);
        List<Group> groups = rows.get(0).get("links").asList(v -> queries.bind(v.asObject(), Group.class)).stream()
                .sorted(Comparator.comparing(Group::type).thenComparing(Group::outgoing)).toList();
        Map<String, List<Linked>> sections = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            sections.put(section, new ArrayList<>());
            totals.put(section, 0L);
        }
        for (Group group : groups) {
            String section = section(group);
            totals.merge(section, group.total(), Long::sum);
            List<Linked> shown = sections.get(section);
            for (Link link : group.links()) {
                if (shown.size() < items) {
                    shown.add(new Linked(link.other(), role(link.statement()), link.statement()));
                }
            }
        }
        return new ActorProfile(actor.id(), actor.label(), actor.name(), actor.acronym(), actor.aliases(),
                actor.localNames(), actor.kind(), actor.status(), actor.established(), actor.honorific(),
                actor.description(), actor.country(), actor.basedIn(), Evidence.of(actor.sources(), actor.quotes()),
                sections.get("roles"), sections.get("memberships"), sections.get("units"), sections.get("people"),
                sections.get("positions"), sections.get("policies"), sections.get("partnerships"),
                sections.get("targetedBy"), sections.get("citedBy"), items, totals);
    }

    private String section(Group group) {
        return switch (group.type()) {
            case "PART_OF", "MEMBER_OF" -> group.outgoing() ? "memberships" : "units";
            case "HOLDS_ROLE" -> group.outgoing() ? "positions" : "people";
            case "ADOPTED", "RATIFIED", "SIGNED" -> "policies";
            case "TARGETED" -> "targetedBy";
            case "CITES" -> "citedBy";
            default -> group.type().equals(cooperation.direct()) ? "partnerships"
                    : group.policy() ? "policies" : "roles";
        };
    }

    private String role(Statement statement) {
        String role = cooperation.roleOf(statement.type());
        return statement.role() == null ? role : role + " (" + statement.role() + ")";
    }

    private record Actor(String id, String label, String name, String acronym, List<String> aliases,
            List<String> localNames, String kind, String status, String established, String honorific,
            String description, Place country, List<Place> basedIn, List<String> sources, List<String> quotes) {
    }

    /** The links of one type and direction (those to policy documents apart): the first ones, and how many. */
    private record Group(String type, boolean outgoing, boolean policy, long total, List<Link> links) {
    }

    private record Link(Linked.Other other, Statement statement) {
    }
}
