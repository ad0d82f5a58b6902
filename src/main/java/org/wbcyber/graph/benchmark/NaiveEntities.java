package org.wbcyber.graph.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/**
 * The entities a typical Spring Data Neo4j user maps for the synthetic relations: an organisation with its roles
 * in projects and events, a project with the countries it benefits. Only the naive ingest benchmark uses them; the
 * application itself reads and writes through Cypher.
 */
final class NaiveEntities {

    private NaiveEntities() {
    }

    @Node("Organisation")
    static class Organisation {
        @Id
        String id;
        String name;
        @Relationship(type = "FUNDS")
        List<ProjectRole> funds = new ArrayList<>();
        @Relationship(type = "IMPLEMENTS")
        List<ProjectRole> implementsProjects = new ArrayList<>();
        @Relationship(type = "ORGANISED")
        List<EventRole> organised = new ArrayList<>();
        @Relationship(type = "PARTICIPATES_IN")
        List<EventRole> participatesIn = new ArrayList<>();
    }

    @Node("Project")
    static class Project {
        @Id
        String id;
        String name;
        @Relationship(type = "BENEFITS")
        List<CountryRole> benefits = new ArrayList<>();
    }

    @Node("Event")
    static class Event {
        @Id
        String id;
        String name;
    }

    @Node("Country")
    static class Country {
        @Id
        String id;
        String name;
    }

    /** What every relationship carries: its evidence and the dataset that wrote it. */
    abstract static class Evidence {
        @RelationshipId
        String elementId;
        List<String> sources;
        List<String> quotes;
        String dataset;

        Evidence(List<String> sources, List<String> quotes, String dataset) {
            this.sources = sources;
            this.quotes = quotes;
            this.dataset = dataset;
        }
    }

    @RelationshipProperties
    static class ProjectRole extends Evidence {
        String role;
        String valueDate;
        LocalDate valueDateStart;
        LocalDate valueDateEnd;
        @TargetNode
        Project project;

        ProjectRole(List<String> sources, List<String> quotes, String dataset, String role, String valueDate,
                LocalDate valueDateStart, LocalDate valueDateEnd, Project project) {
            super(sources, quotes, dataset);
            this.role = role;
            this.valueDate = valueDate;
            this.valueDateStart = valueDateStart;
            this.valueDateEnd = valueDateEnd;
            this.project = project;
        }
    }

    @RelationshipProperties
    static class EventRole extends Evidence {
        String role;
        @TargetNode
        Event event;

        EventRole(List<String> sources, List<String> quotes, String dataset, String role, Event event) {
            super(sources, quotes, dataset);
            this.role = role;
            this.event = event;
        }
    }

    @RelationshipProperties
    static class CountryRole extends Evidence {
        @TargetNode
        Country country;

        CountryRole(List<String> sources, List<String> quotes, String dataset, Country country) {
            super(sources, quotes, dataset);
            this.country = country;
        }
    }
}
