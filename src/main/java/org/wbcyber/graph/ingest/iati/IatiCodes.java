package org.wbcyber.graph.ingest.iati;

import java.util.Map;
import java.util.Set;

/** IATI code lists (iatistandard.org/en/iati-standard/203/codelists/) in the model's terms. */
final class IatiCodes {

    private IatiCodes() {
    }

    /**
     * ActivityStatus: 1 Pipeline/identification, 2 Implementation, 3 Finalisation (activity over, accounts being
     * closed), 4 Closed, 5 Cancelled, 6 Suspended.
     */
    static final Map<String, String> STATUS = Map.of("1", "planned", "2", "ongoing", "3", "completed",
            "4", "completed", "5", "cancelled", "6", "suspended");

    /**
     * OrganisationRole: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing, each to the relationship the model
     * describes for it (FUNDS, OVERSEES, MANAGES, IMPLEMENTS).
     */
    static final Map<String, String> ROLE_LINK = Map.of("1", "FUNDS", "2", "OVERSEES", "3", "MANAGES",
            "4", "IMPLEMENTS");

    static final Map<String, String> ROLE_NAME = Map.of("1", "Funding", "2", "Accountable", "3", "Extending",
            "4", "Implementing");

    /** OrganisationType to organisationKind, for organisations the import creates. */
    static final Map<String, String> ORGANISATION_KIND = Map.ofEntries(
            Map.entry("10", "government-body"), Map.entry("11", "government-body"),
            Map.entry("15", "government-body"), Map.entry("21", "ngo"), Map.entry("22", "ngo"),
            Map.entry("23", "ngo"), Map.entry("24", "ngo"), Map.entry("30", "other"),
            Map.entry("40", "intergovernmental"), Map.entry("60", "ngo"), Map.entry("70", "company"),
            Map.entry("71", "company"), Map.entry("72", "company"), Map.entry("73", "company"),
            Map.entry("80", "academia"), Map.entry("90", "other"));

    /** TransactionType codes 1 to 13. */
    static final Set<String> TRANSACTION_TYPES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
            "12", "13");
}
