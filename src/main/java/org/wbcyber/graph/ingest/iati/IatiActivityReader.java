package org.wbcyber.graph.ingest.iati;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.stereotype.Component;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.ingest.ImportReader;
import org.wbcyber.graph.ingest.ImportRecord;
import org.wbcyber.graph.ingest.ImportSources;
import org.wbcyber.graph.model.Position;

/**
 * IATI activity files (format {@code iati}, IATI standard 2.0x, {@code <iati-activities>}): each
 * {@code <iati-activity>} becomes a Project with its funders, implementers, recipient countries, themes and
 * amounts (docs/importing-iati.md has the mapping). The file is streamed with StAX and only one activity is held
 * at a time, so files of any size can be read. Participating organisations are matched to the graph's actors by
 * IATI identifier or name; the others become new Organisations, each stated once per import.
 */
@Component
class IatiActivityReader implements ImportReader {

    static final String FORMAT = "iati";
    static final int PROGRESS_EVERY = 1000;

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> OUTGOING = Set.of("2", "3", "4", "12");
    private static final Set<String> INCOMING = Set.of("1", "11", "13");
    private static final Set<String> COMMITMENTS = Set.of("2", "11");
    private static final String INCOMING_FUNDS = "1";

    private final KnownActors actors;
    private final IatiSectors sectors;

    IatiActivityReader(KnownActors actors, IatiSectors sectors) {
        this.actors = actors;
        this.sectors = sectors;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "IATI activity XML (standard 2.03, <iati-activities>): one Project per <iati-activity> with its "
                + "funders, implementers, recipient countries, sector themes and amounts; see docs/importing-iati.md";
    }

    @Override
    public String referenceField(ImportRecord.Link link, boolean from) {
        return switch (link.type()) {
            case "BENEFITS" -> from ? "iati-identifier" : "recipient-country/@code";
            case "HAS_THEME" -> from ? "iati-identifier" : "sector/@code";
            default -> from ? "participating-org/@ref" : "iati-identifier";
        };
    }

    static String projectId(String identifier) {
        return "iati-" + slug(identifier);
    }

    static String slug(String text) {
        return NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
    }

    @Override
    public void read(String fileName, InputStream input, Sink sink) throws IOException {
        ImportRecord.Node file = ImportSources.of(FORMAT, fileName);
        sink.record(file);
        String source = file.id();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // An activity file needs no DTD; refusing them keeps external entities out.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        Run run = new Run(fileName, source, sink, new ActorDirectory(actors.load()));
        try {
            xml = factory.createXMLStreamReader(input);
            run.document(xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            sink.problem(new Problem(new Position(fileName, line), null, "not well-formed XML, reading stopped: "
                    + e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // closing a reader that already failed: nothing more to report
                }
            }
        }
    }

    /** One element of the current activity: its attributes, text and children, and the line it starts on. */
    private record Element(String name, boolean extension, Map<String, String> attributes, StringBuilder text,
            int line, List<Element> children) {

        String attribute(String key) {
            String value = attributes.get(key);
            return value == null || value.isBlank() ? null : value.strip();
        }

        Optional<Element> child(String childName) {
            return all(childName).stream().findFirst();
        }

        List<Element> all(String childName) {
            return children.stream().filter(c -> !c.extension && c.name.equals(childName)).toList();
        }

        String content() {
            String value = text.toString().strip();
            return value.isEmpty() ? null : value.replaceAll("\\s+", " ");
        }

        /** The English narrative, else the first; null when there is none. */
        String narrative() {
            List<Element> narratives = all("narrative").stream().filter(n -> n.content() != null).toList();
            return narratives.stream().filter(n -> "en".equalsIgnoreCase(n.attribute("lang"))).findFirst()
                    .or(() -> narratives.stream().findFirst()).map(Element::content).orElse(null);
        }
    }

    /** A participating organisation as this activity names it, and the graph id it stands for. */
    private record Party(String role, String ref, String name, String id) {
    }

    /** The state of one read: the directory and the organisations this import has stated so far. */
    private final class Run {

        private final String fileName;
        private final String source;
        private final Sink sink;
        private final ActorDirectory directory;
        private final Set<String> statedOrganisations = new HashSet<>();
        private long activities;

        Run(String fileName, String source, Sink sink, ActorDirectory directory) {
            this.fileName = fileName;
            this.source = source;
            this.sink = sink;
            this.directory = directory;
        }

        void document(XMLStreamReader xml) throws XMLStreamException {
            boolean root = true;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root) {
                    root = false;
                    if (!xml.getLocalName().equals("iati-activities")) {
                        problem(xml.getLocation().getLineNumber(), null, "expected <iati-activities>, found <"
                                + xml.getLocalName() + ">: not an IATI activity file");
                        return;
                    }
                    String version = xml.getAttributeValue(null, "version");
                    if (version != null && !version.strip().startsWith("2.")) {
                        problem(xml.getLocation().getLineNumber(), "iati-activities/@version", "version '" + version
                                + "': this importer reads IATI 2.0x files");
                        return;
                    }
                    continue;
                }
                if (xml.getLocalName().equals("iati-activity")) {
                    activity(element(xml));
                    activities++;
                    if (activities % PROGRESS_EVERY == 0) {
                        sink.progress(activities, "activities");
                    }
                } else {
                    element(xml);
                }
            }
            if (activities % PROGRESS_EVERY != 0) {
                sink.progress(activities, "activities");
            }
        }

        /** Reads the element the reader is on, with everything inside it; the reader ends on its end tag. */
        private Element element(XMLStreamReader xml) throws XMLStreamException {
            Deque<Element> open = new ArrayDeque<>();
            Element top = start(xml);
            open.push(top);
            while (!open.isEmpty()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Element child = start(xml);
                        open.peek().children().add(child);
                        open.push(child);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        open.peek().text().append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    default -> {
                    }
                }
            }
            return top;
        }

        private Element start(XMLStreamReader xml) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
            // IATI's own elements have no namespace; publishers' extensions (usg:…) do, and are not read
            String namespace = xml.getNamespaceURI();
            return new Element(xml.getLocalName(), namespace != null && !namespace.isEmpty(), attributes,
                    new StringBuilder(), xml.getLocation().getLineNumber(), new ArrayList<>());
        }

        private void problem(int line, String field, String message) {
            sink.problem(new Problem(new Position(fileName, line), field, message));
        }

        private Position at(Element element) {
            return new Position(fileName, element.line());
        }

        private List<ImportRecord.Evidence> quote(String text) {
            String quote = text.length() > 300 ? text.substring(0, 297) + "…" : text;
            return List.of(new ImportRecord.Evidence(source, quote));
        }

        private void activity(Element activity) {
            String identifier = activity.child("iati-identifier").map(Element::content).orElse(null);
            if (identifier == null) {
                problem(activity.line(), "iati-identifier", "missing iati-identifier: activity skipped");
                return;
            }
            if (slug(identifier).isEmpty()) {
                problem(activity.line(), "iati-identifier", "'" + identifier
                        + "' has no letters or digits to make an id of: activity skipped");
                return;
            }
            String name = activity.child("title").map(Element::narrative).orElse(null);
            if (name == null) {
                problem(activity.child("title").orElse(activity).line(), "title",
                        "activity " + identifier + " has no title narrative: activity skipped");
                return;
            }
            String project = projectId(identifier);
            List<String> notes = new ArrayList<>();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", name);
            properties.put("iatiIdentifier", identifier);
            for (Element description : activity.all("description")) {
                String type = description.attribute("type");
                String key = type == null || type.equals("1") ? "description" : type.equals("2") ? "objective" : null;
                String text = description.narrative();
                if (key != null && text != null) {
                    properties.putIfAbsent(key, text);
                }
            }
            activity.child("activity-status").ifPresent(status -> {
                String term = IatiCodes.STATUS.get(status.attribute("code"));
                if (term == null) {
                    problem(status.line(), "activity-status/@code", "unknown activity status code '"
                            + status.attribute("code") + "' (IATI codes 1-6)");
                } else {
                    properties.put("status", term);
                }
            });
            period(activity, notes).ifPresent(period -> properties.put("period", period));
            String currency = activity.attribute("default-currency");
            if (currency != null && !CURRENCY.matcher(currency).matches()) {
                problem(activity.line(), "iati-activity/@default-currency", "unknown currency format '" + currency
                        + "': expected an ISO 4217 code such as EUR");
                currency = null;
            }
            budget(activity, currency, properties, notes);
            List<ImportRecord> links = new ArrayList<>();
            Set<List<String>> linked = new HashSet<>();
            List<Party> parties = parties(activity, project, links, linked);
            funding(activity, currency, parties, links, notes);
            recipients(activity, project, links, linked, notes);
            themes(activity, project, links, linked, notes);
            if (!notes.isEmpty()) {
                properties.put("note", "IATI import: " + String.join("; ", notes) + ".");
            }
            sink.record(new ImportRecord.Node(at(activity), "Project", project, properties,
                    quote("iati-identifier " + identifier)));
            links.forEach(sink::record);
        }

        /** Actual dates where given, planned ones otherwise: the period the activity runs. */
        private Optional<String> period(Element activity, List<String> notes) {
            Map<String, LocalDate> dates = new TreeMap<>();
            for (Element date : activity.all("activity-date")) {
                String type = date.attribute("type");
                if (type == null || !Set.of("1", "2", "3", "4").contains(type)) {
                    problem(date.line(), "activity-date/@type", "unknown activity date type '" + type
                            + "' (1 planned start, 2 actual start, 3 planned end, 4 actual end)");
                    continue;
                }
                date(date.attribute("iso-date"), date.line(), "activity-date/@iso-date")
                        .ifPresent(day -> dates.put(type, day));
            }
            LocalDate start = dates.getOrDefault("2", dates.get("1"));
            LocalDate end = dates.getOrDefault("4", dates.get("3"));
            if (start != null && end != null && end.isBefore(start)) {
                problem(activity.line(), "activity-date", "bad date: the activity ends (" + end
                        + ") before it starts (" + start + ")");
                return Optional.empty();
            }
            if (start == null && end == null) {
                return Optional.empty();
            }
            if (dates.containsKey("1") && dates.containsKey("2") || dates.containsKey("3") && dates.containsKey("4")) {
                notes.add("period from the actual dates; planned " + (dates.containsKey("1") ? dates.get("1") : "?")
                        + " to " + (dates.containsKey("3") ? dates.get("3") : "?"));
            }
            return Optional.of((start == null ? "" : start.toString()) + "/" + (end == null ? "" : end.toString()));
        }

        private Optional<LocalDate> date(String text, int line, String field) {
            if (text == null) {
                problem(line, field, "bad date: missing (expected YYYY-MM-DD)");
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problem(line, field, "bad date '" + text + "' (expected YYYY-MM-DD)");
                return Optional.empty();
            }
        }

        /** A value element's amount and currency; empty (with a problem) when either is unusable. */
        private Optional<Amount> amount(Element value, String defaultCurrency, String what) {
            String text = value.content();
            BigDecimal number;
            try {
                number = new BigDecimal(text == null ? "" : text);
            } catch (NumberFormatException e) {
                problem(value.line(), what + "/value", "non-numeric value '" + (text == null ? "" : text) + "'");
                return Optional.empty();
            }
            String currency = value.attribute("currency");
            if (currency != null && !CURRENCY.matcher(currency).matches()) {
                problem(value.line(), what + "/value/@currency", "unknown currency format '" + currency
                        + "': expected an ISO 4217 code such as EUR");
                return Optional.empty();
            }
            currency = currency == null ? defaultCurrency : currency;
            if (currency == null) {
                problem(value.line(), what + "/value/@currency", "no currency: neither the value nor the activity's "
                        + "default-currency gives one");
                return Optional.empty();
            }
            LocalDate day = null;
            if (value.attribute("value-date") != null) {
                day = date(value.attribute("value-date"), value.line(), what + "/value/@value-date").orElse(null);
                if (day == null) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Amount(number, currency, day));
        }

        /** Budgets summed per currency; a revised budget replaces the original for the same period. */
        private void budget(Element activity, String defaultCurrency, Map<String, Object> properties,
                List<String> notes) {
            Map<String, Amount> byPeriod = new TreeMap<>();
            for (Element budget : activity.all("budget")) {
                Optional<Element> value = budget.child("value");
                if (value.isEmpty()) {
                    problem(budget.line(), "budget/value", "budget without a value");
                    continue;
                }
                String from = budget.child("period-start").map(e -> e.attribute("iso-date")).orElse(null);
                String to = budget.child("period-end").map(e -> e.attribute("iso-date")).orElse(null);
                Optional<LocalDate> start = date(from, budget.line(), "budget/period-start/@iso-date");
                Optional<LocalDate> end = date(to, budget.line(), "budget/period-end/@iso-date");
                Optional<Amount> amount = amount(value.get(), defaultCurrency, "budget");
                if (start.isEmpty() || end.isEmpty() || amount.isEmpty()) {
                    continue;
                }
                String key = start.get() + "/" + end.get();
                if ("2".equals(budget.attribute("status")) || !byPeriod.containsKey(key)) {
                    byPeriod.put(key, amount.get());
                }
            }
            if (byPeriod.isEmpty()) {
                return;
            }
            Map<String, BigDecimal> total = new TreeMap<>();
            byPeriod.values().forEach(a -> total.merge(a.currency(), a.value(), BigDecimal::add));
            List<String> periods = List.copyOf(byPeriod.keySet());
            String span = periods.get(0).substring(0, 10) + "/" + periods.get(periods.size() - 1).substring(11);
            String stated = total.entrySet().stream().map(e -> e.getValue().toPlainString() + " " + e.getKey())
                    .collect(Collectors.joining(" + "));
            properties.put("budgetText", stated + " (IATI budget, " + periods.size() + " period"
                    + (periods.size() == 1 ? "" : "s") + " " + span + ")");
            if (total.size() == 1) {
                properties.put("budgetAmount", total.values().iterator().next().toPlainString());
                properties.put("budgetCurrency", total.keySet().iterator().next());
            } else {
                notes.add("budget in several currencies, no single amount");
            }
        }

        private List<Party> parties(Element activity, String project, List<ImportRecord> links,
                Set<List<String>> linked) {
            List<Party> parties = new ArrayList<>();
            for (Element org : activity.all("participating-org")) {
                String role = org.attribute("role");
                String type = IatiCodes.ROLE_LINK.get(role);
                if (type == null) {
                    problem(org.line(), "participating-org/@role", "unknown role code '" + role
                            + "' (1 Funding, 2 Accountable, 3 Extending, 4 Implementing)");
                    continue;
                }
                String ref = org.attribute("ref");
                String name = org.narrative();
                Optional<String> id = organisation(org, ref, name);
                if (id.isEmpty()) {
                    continue;
                }
                parties.add(new Party(role, ref, name, id.get()));
                if (!linked.add(List.of(type, id.get(), project))) {
                    continue;
                }
                Map<String, Object> properties = new LinkedHashMap<>();
                if (type.equals("FUNDS")) {
                    properties.put("role", "funder");
                }
                links.add(new ImportRecord.Link(at(org), type, id.get(), project, properties,
                        quote("participating-org " + IatiCodes.ROLE_NAME.get(role) + " "
                                + (name != null ? name : ref))));
            }
            return parties;
        }

        /** The actor a participating organisation names: a known one, or a new Organisation stated once. */
        private Optional<String> organisation(Element org, String ref, String name) {
            if (ref == null && name == null) {
                problem(org.line(), "participating-org", "participating organisation without @ref or narrative");
                return Optional.empty();
            }
            ActorDirectory.Found found = directory.find(ref, name);
            if (found.unique()) {
                return Optional.of(found.actor().id());
            }
            if (!found.actors().isEmpty()) {
                problem(org.line(), "participating-org", "'" + (name != null ? name : ref) + "' matches several "
                        + "actors (" + found.actors().stream().map(ActorDirectory.Known::id)
                                .collect(Collectors.joining(", ")) + "): give the @ref one of them lists in iatiRefs");
                return Optional.empty();
            }
            String id = "iati-org-" + slug(ref != null ? ref : name);
            if (id.equals("iati-org-")) {
                problem(org.line(), "participating-org", "'" + (ref != null ? ref : name)
                        + "' has no letters or digits to make an id of");
                return Optional.empty();
            }
            if (statedOrganisations.add(id)) {
                String type = org.attribute("type");
                String kind = type == null ? "other" : IatiCodes.ORGANISATION_KIND.get(type);
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("name", name != null ? name : ref);
                properties.put("kind", kind == null ? "other" : kind);
                if (ref != null) {
                    properties.put("iatiRefs", List.of(ref));
                }
                if (kind == null) {
                    properties.put("note", "IATI import: organisation type '" + type + "' unknown; kind other.");
                }
                sink.record(new ImportRecord.Node(at(org), "Organisation", id, properties,
                        quote("participating-org " + (name != null ? name : ref))));
                directory.add(new ActorDirectory.Known(id, "Organisation",
                        name == null ? List.of() : List.of(name), ref == null ? List.of() : List.of(ref)));
            }
            return Optional.of(id);
        }

        /**
         * A funder's commitments (transaction types 2 and 11), or failing those its incoming funds (type 1),
         * summed onto its FUNDS relationship with the span of their value dates.
         */
        private void funding(Element activity, String defaultCurrency, List<Party> parties,
                List<ImportRecord> links, List<String> notes) {
            List<Party> funders = parties.stream().filter(p -> p.role().equals("1")).toList();
            Map<String, List<Amount>> commitments = new LinkedHashMap<>();
            Map<String, List<Amount>> incoming = new LinkedHashMap<>();
            Element reporting = activity.child("reporting-org").orElse(null);
            int unattributed = 0;
            for (Element transaction : activity.all("transaction")) {
                String type = transaction.child("transaction-type").map(t -> t.attribute("code")).orElse(null);
                if (type == null || !IatiCodes.TRANSACTION_TYPES.contains(type)) {
                    problem(transaction.line(), "transaction/transaction-type/@code", "unknown transaction type '"
                            + type + "' (IATI codes 1-13)");
                    continue;
                }
                Optional<Element> value = transaction.child("value");
                if (value.isEmpty()) {
                    problem(transaction.line(), "transaction/value", "transaction without a value");
                    continue;
                }
                transaction.child("transaction-date").ifPresent(d -> date(d.attribute("iso-date"), d.line(),
                        "transaction/transaction-date/@iso-date"));
                Optional<Amount> amount = amount(value.get(), defaultCurrency, "transaction");
                if (amount.isEmpty() || !COMMITMENTS.contains(type) && !type.equals(INCOMING_FUNDS)) {
                    continue;
                }
                Element provider = transaction.child("provider-org").orElse(null);
                if (provider == null && OUTGOING.contains(type)) {
                    provider = reporting;
                }
                Optional<Party> funder = provider == null
                        ? (INCOMING.contains(type) && funders.size() == 1 ? Optional.of(funders.get(0)) : Optional.empty())
                        : funder(funders, provider.attribute("ref"), provider.narrative());
                if (funder.isEmpty()) {
                    unattributed++;
                    continue;
                }
                (COMMITMENTS.contains(type) ? commitments : incoming)
                        .computeIfAbsent(funder.get().id(), k -> new ArrayList<>()).add(amount.get());
            }
            if (unattributed > 0) {
                notes.add(unattributed + " commitment or incoming-funds transaction" + (unattributed == 1 ? "" : "s")
                        + " from no participating funder, not attributed");
            }
            for (Party funder : funders) {
                List<Amount> amounts = commitments.getOrDefault(funder.id(), incoming.get(funder.id()));
                if (amounts == null) {
                    continue;
                }
                Set<String> currencies = amounts.stream().map(Amount::currency).collect(Collectors.toSet());
                if (currencies.size() > 1) {
                    notes.add("amounts from " + funder.id() + " in several currencies, not summed");
                    continue;
                }
                ImportRecord.Link link = links.stream().filter(l -> l instanceof ImportRecord.Link f
                        && f.type().equals("FUNDS") && f.fromId().equals(funder.id())).map(ImportRecord.Link.class::cast)
                        .findFirst().orElseThrow();
                Map<String, Object> properties = new LinkedHashMap<>(link.properties());
                properties.put("amount", amounts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .toPlainString());
                properties.put("currency", currencies.iterator().next());
                List<LocalDate> days = amounts.stream().map(Amount::day).filter(d -> d != null).sorted().toList();
                if (!days.isEmpty()) {
                    LocalDate first = days.get(0);
                    LocalDate last = days.get(days.size() - 1);
                    properties.put("valueDate", first.equals(last) ? first.toString() : first + "/" + last);
                }
                links.set(links.indexOf(link), new ImportRecord.Link(link.position(), link.type(), link.fromId(),
                        link.toId(), properties, link.evidence()));
            }
        }

        private Optional<Party> funder(List<Party> funders, String ref, String name) {
            return funders.stream().filter(f -> ref != null && f.ref() != null && f.ref().equalsIgnoreCase(ref)
                    || ref == null && name != null && f.name() != null
                            && ActorDirectory.normalise(f.name()).equals(ActorDirectory.normalise(name)))
                    .findFirst()
                    .or(() -> {
                        ActorDirectory.Found found = directory.find(ref, name);
                        return found.unique() ? funders.stream().filter(f -> f.id().equals(found.actor().id()))
                                .findFirst() : Optional.empty();
                    });
        }

        private void recipients(Element activity, String project, List<ImportRecord> links,
                Set<List<String>> linked, List<String> notes) {
            for (Element country : activity.all("recipient-country")) {
                String code = country.attribute("code");
                if (code == null || !COUNTRY.matcher(code).matches()) {
                    problem(country.line(), "recipient-country/@code", "'" + code
                            + "' is not an ISO 3166-1 alpha-2 code such as RS");
                    continue;
                }
                beneficiary(country, "recipient-country", code, code, project, links, linked);
            }
            for (Element region : activity.all("recipient-region")) {
                String name = region.narrative();
                ActorDirectory.Found found = directory.find(null, name);
                if (found.unique() && found.actor().label().equals("Region")) {
                    beneficiary(region, "recipient-region", found.actor().id(), name, project, links, linked);
                } else {
                    notes.add("recipient-region " + region.attribute("code") + (name == null ? "" : " (" + name + ")")
                            + " is no known region, skipped");
                }
            }
        }

        private void beneficiary(Element element, String what, String id, String named, String project,
                List<ImportRecord> links, Set<List<String>> linked) {
            Map<String, Object> properties = new LinkedHashMap<>();
            String percentage = element.attribute("percentage");
            if (percentage != null) {
                if (!percentage(percentage)) {
                    problem(element.line(), what + "/@percentage", "bad percentage '" + percentage
                            + "' (expected a number from 0 to 100)");
                    return;
                }
                properties.put("percentage", percentage);
            }
            if (linked.add(List.of("BENEFITS", project, id))) {
                links.add(new ImportRecord.Link(at(element), "BENEFITS", project, id, properties,
                        quote(what + " " + named + (percentage == null ? "" : " " + percentage + "%"))));
            }
        }

        private boolean percentage(String text) {
            try {
                BigDecimal value = new BigDecimal(text);
                return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private void themes(Element activity, String project, List<ImportRecord> links, Set<List<String>> linked,
                List<String> notes) {
            Set<String> unmapped = new LinkedHashSet<>();
            for (Element sector : activity.all("sector")) {
                String vocabulary = sector.attribute("vocabulary") == null ? "1" : sector.attribute("vocabulary");
                String code = sector.attribute("code");
                if (sector.attribute("percentage") != null && !percentage(sector.attribute("percentage"))) {
                    problem(sector.line(), "sector/@percentage", "bad percentage '" + sector.attribute("percentage")
                            + "' (expected a number from 0 to 100)");
                }
                List<String> themes = vocabulary.equals("1") && code != null ? sectors.themes(code) : List.of();
                if (themes.isEmpty()) {
                    unmapped.add(code + (vocabulary.equals("1") ? "" : " (vocabulary " + vocabulary + ")"));
                }
                for (String theme : themes) {
                    if (linked.add(List.of("HAS_THEME", project, theme))) {
                        String name = sector.narrative();
                        links.add(new ImportRecord.Link(at(sector), "HAS_THEME", project, theme, Map.of(),
                                quote("sector " + code + (name == null ? "" : " " + name))));
                    }
                }
            }
            if (!unmapped.isEmpty()) {
                notes.add("sectors not mapped to themes: " + String.join(", ", unmapped));
            }
        }
    }

    private record Amount(BigDecimal value, String currency, LocalDate day) {
    }
}
