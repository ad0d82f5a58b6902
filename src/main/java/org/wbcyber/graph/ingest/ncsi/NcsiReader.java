package org.wbcyber.graph.ingest.ncsi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.ingest.ImportReader;
import org.wbcyber.graph.ingest.ImportRecord;
import org.wbcyber.graph.ingest.ImportSources;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.Position;

/**
 * NCSI country pages (format {@code ncsi}, parameters {@code country} and optionally {@code source}): what
 * {@code ncsi-to-yaml} makes of a page, as import records — the index's categories and indicators (Indicator,
 * PART_OF, HAS_THEME from cypher/mappings/ncsi-themes.yaml) and the country's scores (Score, HAS_SCORE,
 * FOR_INDICATOR), with the same ids, properties and quotes ({@link NcsiYaml}), so that importing the page a
 * curated file was generated from changes nothing. The quotes cite {@code source}, a Source of the graph the page
 * is (then they are checked against its text), or else the imported file's own Source node. Theme links cite
 * {@code reference}, as in the curated data.
 */
@Component
class NcsiReader implements ImportReader {

    static final String FORMAT = "ncsi";
    static final String COUNTRY = "country";
    static final String SOURCE = "source";
    static final String THEMES = "cypher/mappings/ncsi-themes.yaml";
    private static final Pattern ISO2 = Pattern.compile("^[A-Z]{2}$");

    private final GraphModel model;
    private final ResourceLoader resources;

    NcsiReader(GraphModel model, ResourceLoader resources) {
        this.model = model;
        this.resources = resources;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "an NCSI country page as text, with --param country=<ISO2> (and source=<Source id> when the graph "
                + "has the page), e.g. cypher/sources/002_897cc545091773c7.txt --param country=RS "
                + "--param source=ncsi-serbia";
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(COUNTRY, "the country the page scores, ISO 3166-1 alpha-2 as in the graph (e.g. RS); required",
                SOURCE, "the id of the graph's Source that is this page (e.g. ncsi-serbia); by default the quotes "
                        + "cite the imported file's own Source node");
    }

    @Override
    public String referenceField(ImportRecord.Link link, boolean from) {
        return switch (link.type()) {
            case "HAS_SCORE" -> from ? COUNTRY : "score";
            case "FOR_INDICATOR" -> from ? "score" : "indicator";
            case "HAS_THEME" -> from ? "indicator" : "theme";
            default -> from ? "indicator" : "partOf";
        };
    }

    @Override
    public void read(String fileName, InputStream input, Sink sink) throws IOException {
        read(fileName, input, Map.of(), sink);
    }

    @Override
    public void read(String fileName, InputStream input, Map<String, String> parameters, Sink sink)
            throws IOException {
        ImportRecord.Node file = ImportSources.of(FORMAT, fileName);
        sink.record(file);
        Position top = new Position(fileName, 1);
        String country = parameters.get(COUNTRY);
        boolean countryOk = country != null && ISO2.matcher(country).matches();
        if (!countryOk) {
            sink.problem(new Problem(top, COUNTRY, country == null
                    ? "the ncsi format needs the page's country: --param country=<ISO2> (HTTP: ?country=), e.g. RS"
                    : "'" + country + "' is not an ISO 3166-1 alpha-2 code (e.g. RS)"));
        }
        String source = parameters.getOrDefault(SOURCE, file.id());
        NcsiPage page;
        try {
            page = new NcsiParser().parse(fileName, new String(input.readAllBytes(), StandardCharsets.UTF_8));
        } catch (NcsiPageException malformed) {
            malformed.problems().forEach(sink::problem);
            return;
        }
        NcsiThemes themes;
        try {
            themes = themes(page);
        } catch (IllegalArgumentException unmapped) {
            for (String line : unmapped.getMessage().split("\n")) {
                sink.problem(new Problem(top, "themes", line));
            }
            return;
        }
        Records records = new Records(source, sink);
        records.index(page, themes);
        if (countryOk) {
            records.scores(page, country);
        }
    }

    private NcsiThemes themes(NcsiPage page) {
        try {
            String yaml = resources.getResource("classpath:" + THEMES).getContentAsString(StandardCharsets.UTF_8);
            return NcsiThemes.read(THEMES, yaml, page,
                    model.vocabulary(GraphModel.THEME_VOCABULARY).terms().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + THEMES + ": " + e.getMessage(), e);
        }
    }

    /** The records of one page, each at the line that states it, citing one source. */
    private record Records(String source, Sink sink) {

        void index(NcsiPage page, NcsiThemes themes) {
            for (NcsiPage.Category category : page.categories()) {
                Position at = at(page, category.line());
                String id = NcsiYaml.indicatorId(category.number());
                List<String> quotes = List.of(category.heading());
                node(at, "Indicator", id, properties("name", category.name(), "code", category.number(),
                        "level", "category", "maxScore", String.valueOf(category.max())), quotes);
                link(at, "PART_OF", id, NcsiYaml.INDEX_ID, quotes);
                themes(at, id, themes, "category " + category.number(), themes.ofCategory(category.number()));
                for (NcsiPage.Indicator indicator : category.indicators()) {
                    Position line = at(page, indicator.line());
                    String code = NcsiYaml.indicatorId(indicator.code());
                    node(line, "Indicator", code, properties("name", indicator.name(), "code", indicator.code(),
                            "level", "indicator", "criterion", indicator.criterion(),
                            "acceptedReferences", indicator.acceptedReferences(),
                            "maxScore", String.valueOf(indicator.max())), NcsiYaml.indicatorQuotes(indicator));
                    link(line, "PART_OF", code, id, List.of(indicator.heading()));
                    themes(line, code, themes, "indicator " + indicator.code(),
                            themes.ofIndicator(category, indicator));
                }
            }
        }

        void scores(NcsiPage page, String country) {
            List<String> countryLine = NcsiYaml.countryLines(page);
            NcsiPage.Overall overall = page.overall();
            if (overall != null) {
                Map<String, Object> properties = properties("available", "true");
                if (overall.score() != null) {
                    properties.put("value", NcsiYaml.number(overall.score()));
                }
                if (overall.rank() != null) {
                    properties.put("rank", String.valueOf(overall.rank()));
                }
                NcsiPage.Line first = overall.scoreLine() != null ? overall.scoreLine() : overall.rankLine();
                score(at(page, first), country, NcsiYaml.scoreId(country, null), properties, NcsiYaml.INDEX_ID,
                        NcsiYaml.overallLines(overall), NcsiYaml.overallLines(overall), countryLine);
            }
            for (NcsiPage.Category category : page.categories()) {
                List<String> lines = List.of(category.line().text());
                score(at(page, category.line()), country, NcsiYaml.scoreId(country, category.number()),
                        properties("available", "true", "value", String.valueOf(category.score()),
                                "max", String.valueOf(category.max()), "percent",
                                String.valueOf(category.percent())),
                        NcsiYaml.indicatorId(category.number()), lines, lines, countryLine);
                for (NcsiPage.Indicator indicator : category.indicators()) {
                    Map<String, Object> properties = properties("available", "true",
                            "value", String.valueOf(indicator.score()), "max", String.valueOf(indicator.max()));
                    if (!indicator.evidence().isEmpty()) {
                        properties.put("evidenceText", indicator.evidenceText());
                    }
                    List<String> evidence = new ArrayList<>(List.of(indicator.line().text()));
                    indicator.evidence().forEach(line -> evidence.add(line.text()));
                    score(at(page, indicator.line()), country, NcsiYaml.scoreId(country, indicator.code()),
                            properties, NcsiYaml.indicatorId(indicator.code()), evidence,
                            List.of(indicator.line().text()), countryLine);
                }
            }
        }

        /** A score with its evidence, HAS_SCORE quoting the country's name (if any) and the figures' lines. */
        private void score(Position at, String country, String id, Map<String, Object> properties,
                String indicator, List<String> evidence, List<String> figures, List<String> countryLine) {
            node(at, "Score", id, properties, evidence);
            List<String> countryQuotes = new ArrayList<>(countryLine);
            countryQuotes.addAll(figures);
            sink.record(new ImportRecord.Link(at, "HAS_SCORE", country, id, Map.of(), cite(countryQuotes)));
            link(at, "FOR_INDICATOR", id, indicator, figures);
        }

        private void themes(Position at, String id, NcsiThemes mapping, String what, List<String> themes) {
            for (String theme : themes) {
                sink.record(new ImportRecord.Link(at, "HAS_THEME", id, theme, Map.of(), List.of(
                        new ImportRecord.Evidence("reference", NcsiYaml.themeQuote(mapping, what, theme)))));
            }
        }

        private void node(Position at, String label, String id, Map<String, Object> properties, List<String> lines) {
            sink.record(new ImportRecord.Node(at, label, id, properties, cite(lines)));
        }

        private void link(Position at, String type, String from, String to, List<String> lines) {
            sink.record(new ImportRecord.Link(at, type, from, to, Map.of(), cite(lines)));
        }

        private List<ImportRecord.Evidence> cite(List<String> lines) {
            return NcsiYaml.quotes(lines).stream().map(quote -> new ImportRecord.Evidence(source, quote)).toList();
        }

        private static Position at(NcsiPage page, NcsiPage.Line line) {
            return new Position(page.file(), line.number());
        }

        private static Map<String, Object> properties(String... keysAndValues) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                properties.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return properties;
        }
    }
}
