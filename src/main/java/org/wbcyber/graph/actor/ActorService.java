package org.wbcyber.graph.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
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

    private final GraphQueries queries;
    private final Cooperation cooperation;

    ActorService(GraphQueries queries, GraphModel model) {
        this.queries = queries;
        this.cooperation = model.cooperation();
    }

    ActorProfile profile(String id) {
        List<Record> rows = queries.read("actor-profile", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("actor", id);
        }
        Actor actor = queries.bind(rows.get(0).get("actor").asObject(), Actor.class);
        List<Link> links = rows.get(0).get("links").asList(v -> queries.bind(v.asObject(), Link.class));
        Sections s = new Sections();
        for (Link link : links) {
            Statement statement = link.statement();
            boolean outgoing = id.equals(statement.from());
            String type = statement.type();
            Linked linked = new Linked(link.other(), role(statement), statement);
            switch (type) {
                case "PART_OF", "MEMBER_OF" -> (outgoing ? s.memberships : s.units).add(linked);
                case "HOLDS_ROLE" -> (outgoing ? s.positions : s.people).add(linked);
                case "ADOPTED", "RATIFIED", "SIGNED" -> s.policies.add(linked);
                case "TARGETED" -> s.targetedBy.add(linked);
                case "CITES" -> s.citedBy.add(linked);
                default -> {
                    if (type.equals(cooperation.direct())) {
                        s.partnerships.add(linked);
                    } else if ("PolicyDocument".equals(link.other().label())) {
                        s.policies.add(linked);
                    } else {
                        s.roles.add(linked);
                    }
                }
            }
        }
        return new ActorProfile(actor.id(), actor.label(), actor.name(), actor.acronym(), actor.aliases(),
                actor.localNames(), actor.kind(), actor.status(), actor.established(), actor.honorific(),
                actor.description(), actor.country(), Evidence.of(actor.sources(), actor.quotes()), s.roles,
                s.memberships, s.units, s.people, s.positions, s.policies, s.partnerships, s.targetedBy, s.citedBy);
    }

    private String role(Statement statement) {
        String role = cooperation.roleOf(statement.type());
        return statement.role() == null ? role : role + " (" + statement.role() + ")";
    }

    private record Actor(String id, String label, String name, String acronym, List<String> aliases,
            List<String> localNames, String kind, String status, String established, String honorific,
            String description, Place country, List<String> sources, List<String> quotes) {
    }

    private record Link(Linked.Other other, Statement statement) {
    }

    private static final class Sections {
        final List<Linked> roles = new ArrayList<>();
        final List<Linked> memberships = new ArrayList<>();
        final List<Linked> units = new ArrayList<>();
        final List<Linked> people = new ArrayList<>();
        final List<Linked> positions = new ArrayList<>();
        final List<Linked> policies = new ArrayList<>();
        final List<Linked> partnerships = new ArrayList<>();
        final List<Linked> targetedBy = new ArrayList<>();
        final List<Linked> citedBy = new ArrayList<>();
    }
}
