package org.wbcyber.graph.funding;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonProperty.Access;

import org.wbcyber.graph.provenance.Evidence;
import org.wbcyber.graph.provenance.Statement;
import org.wbcyber.graph.query.Linked;
import org.wbcyber.graph.query.NodeRef;

/** The records of the funding answers. Budgets and amounts are as the source states them: no currency is guessed. */
public final class FundingRecords {

    private FundingRecords() {
    }

    /** A project with its budget as stated: {@code budgetText} verbatim, amount and currency only where given. */
    public record ProjectSummary(String id, String name, String acronym, String status, String period,
            @JsonProperty(access = Access.WRITE_ONLY) LocalDate start,
            @JsonProperty(access = Access.WRITE_ONLY) LocalDate end, String budgetText, Double budgetAmount,
            String budgetCurrency) {
    }

    record ProjectFunding(String id, String name, String acronym, List<String> aliases, String objective,
            String description, String status, String period, String budgetText, Double budgetAmount,
            String budgetCurrency, List<Evidence> evidence, List<Participant> funders, List<Participant> implementers,
            List<Participant> overseers, List<Participant> managers, List<Participant> parties,
            List<Participant> supporters, List<Beneficiary> beneficiaries, List<ThemeLink> themes,
            List<Linked> related) {
    }

    /** An actor's part in a project: funder or co-financer, lead or partner implementer… */
    record Participant(NodeRef actor, String role, Double amount, String currency, Statement statement) {
    }

    record Beneficiary(NodeRef beneficiary, Double percentage, Statement statement) {
    }

    record ThemeLink(String id, String name, Statement statement) {
    }

    public record RoleOf(NodeRef actor, String role) {
    }

    /** {@code projects} counts the donor's projects; {@code projectIds} names the first {@code items} by name. */
    record Donor(NodeRef donor, long projects, List<String> projectIds, List<String> roles) {
    }

    /** A project in a donor's portfolio; {@code through} names the donor's body that funds it, if not the donor. */
    record PortfolioProject(ProjectSummary project, Statement funding, NodeRef through, Double amount,
            String currency, List<RoleOf> otherFunders, List<RoleOf> implementers, List<NodeRef> beneficiaries,
            List<String> themes) {
    }

    /**
     * The first {@code items} of a donor's fundings by project name, and {@code total}; {@code beneficiaries} and
     * {@code themes} are those of every project it funds.
     */
    record Portfolio(NodeRef donor, List<PortfolioProject> projects, List<String> beneficiaries, List<String> themes,
            int items, long total) {
    }

    /**
     * A project that reaches a country: {@code direct} when the country or a body based there benefits,
     * {@code regional} through a region it belongs to ({@code regions}).
     */
    public record Reach(ProjectSummary project, String reach, List<String> regions, List<Statement> statements,
            List<RoleOf> funders, List<RoleOf> implementers, List<String> themes) {
    }

    /** The first projects that reach a country, and how many reach it in all. */
    public record Reached(List<Reach> projects, long total) {
    }

    /**
     * The first {@code items} projects that reach a country, by name, and the first {@code items} of their donors:
     * those funding a project that reaches it directly first, then by projects; {@code totals} counts them all.
     */
    record CountryFunding(String country, List<Reach> projects, List<DonorInCountry> donors, int items,
            Totals totals) {

        record Totals(long projects, long donors) {
        }
    }

    /**
     * {@code projects} counts the donor's projects reaching the country; {@code projectIds} names the first
     * {@code items} by name.
     */
    record DonorInCountry(NodeRef donor, long projects, List<String> projectIds, boolean direct) {
    }
}
