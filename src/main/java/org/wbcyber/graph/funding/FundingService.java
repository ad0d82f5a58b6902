package org.wbcyber.graph.funding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.Items;
import org.wbcyber.graph.api.Page;
import org.wbcyber.graph.api.Paging;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.provenance.Evidence;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.Linked;
import org.wbcyber.graph.query.NodeRef;

import org.wbcyber.graph.funding.FundingRecords.Beneficiary;
import org.wbcyber.graph.funding.FundingRecords.CountryFunding;
import org.wbcyber.graph.funding.FundingRecords.Donor;
import org.wbcyber.graph.funding.FundingRecords.DonorInCountry;
import org.wbcyber.graph.funding.FundingRecords.Participant;
import org.wbcyber.graph.funding.FundingRecords.Portfolio;
import org.wbcyber.graph.funding.FundingRecords.PortfolioProject;
import org.wbcyber.graph.funding.FundingRecords.ProjectFunding;
import org.wbcyber.graph.funding.FundingRecords.Reach;
import org.wbcyber.graph.funding.FundingRecords.Reached;
import org.wbcyber.graph.funding.FundingRecords.ThemeLink;

/** Who funds what: by donor, by country, by project. */
@Service
public class FundingService {

    private final GraphQueries queries;

    FundingService(GraphQueries queries) {
        this.queries = queries;
    }

    Page<Donor> donors(Paging paging, int items) {
        Items.of(items);
        Map<String, Object> parameters = new HashMap<>(paging.parameters());
        parameters.put("items", items);
        Record row = queries.read("funding-donors", parameters).get(0);
        return new Page<>(row.get("donors").asList(v -> queries.bind(v.asObject(), Donor.class)), paging.page(),
                paging.size(), row.get("total").asLong());
    }

    Portfolio donor(String id, int items) {
        Items.of(items);
        List<Record> rows = queries.read("funding-donor", Map.of("id", id, "items", items));
        if (rows.isEmpty()) {
            throw new NotFoundException("actor", id);
        }
        Record row = rows.get(0);
        return new Portfolio(queries.bind(row.get("donor").asObject(), NodeRef.class),
                row.get("projects").asList(v -> queries.bind(v.asObject(), PortfolioProject.class)),
                row.get("beneficiaries").asList(v -> v.asString()), row.get("themes").asList(v -> v.asString()),
                items, row.get("total").asLong());
    }

    /** The projects that reach a country, directly or regionally, by name: the first {@code limit}, and how many. */
    public Reached reach(String country, int limit) {
        List<Record> rows = queries.read("project-reach", Map.of("country", country, "limit", limit));
        List<Reach> projects = rows.stream().map(row -> {
            Map<String, Object> project = new HashMap<>(row.asMap());
            project.remove("total");
            return queries.bind(project, Reach.class);
        }).toList();
        return new Reached(projects, rows.isEmpty() ? 0 : rows.get(0).get("total").asLong());
    }

    CountryFunding country(String country, int items) {
        Items.of(items);
        if (queries.read("country-exists", Map.of("country", country)).isEmpty()) {
            throw new NotFoundException("country", country);
        }
        Reached reached = reach(country, items);
        List<Record> rows = queries.read("funding-country-donors", Map.of("country", country, "items", items));
        List<DonorInCountry> donors = rows.stream().map(row -> new DonorInCountry(
                queries.bind(row.get("donor").asObject(), NodeRef.class), row.get("projects").asLong(),
                row.get("projectIds").asList(v -> v.asString()), row.get("direct").asBoolean())).toList();
        return new CountryFunding(country, reached.projects(), donors, items,
                new CountryFunding.Totals(reached.total(), rows.isEmpty() ? 0 : rows.get(0).get("total").asLong()));
    }

    ProjectFunding project(String id) {
        List<Record> rows = queries.read("funding-project", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("project", id);
        }
        Record row = rows.get(0);
        ProjectRow p = queries.bind(row.get("project").asObject(), ProjectRow.class);
        List<ParticipantRow> participants = row.get("participants")
                .asList(v -> queries.bind(v.asObject(), ParticipantRow.class));
        return new ProjectFunding(p.id(), p.name(), p.acronym(), p.aliases(), p.objective(), p.description(),
                p.status(), p.period(), p.budgetText(), p.budgetAmount(), p.budgetCurrency(),
                Evidence.of(p.sources(), p.quotes()),
                participants(participants, "FUNDS"), participants(participants, "IMPLEMENTS"),
                participants(participants, "OVERSEES"), participants(participants, "MANAGES"),
                participants(participants, "PARTY_TO"), participants(participants, "SUPPORTS"),
                row.get("beneficiaries").asList(v -> queries.bind(v.asObject(), Beneficiary.class)),
                row.get("themes").asList(v -> queries.bind(v.asObject(), ThemeLink.class)),
                row.get("related").asList(v -> queries.bind(v.asObject(), Linked.class)));
    }

    private static List<Participant> participants(List<ParticipantRow> rows, String type) {
        return rows.stream().filter(r -> r.statement().type().equals(type))
                .map(r -> new Participant(r.actor(), r.statement().role(), r.amount(), r.currency(), r.statement()))
                .toList();
    }

    private record ProjectRow(String id, String name, String acronym, List<String> aliases, String objective,
            String description, String status, String period, String budgetText, Double budgetAmount,
            String budgetCurrency, List<String> sources, List<String> quotes) {
    }

    private record ParticipantRow(NodeRef actor, Double amount, String currency,
            org.wbcyber.graph.provenance.Statement statement) {
    }
}
