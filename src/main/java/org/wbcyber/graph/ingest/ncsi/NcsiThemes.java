package org.wbcyber.graph.ingest.ncsi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.wbcyber.graph.model.YamlNode;

/**
 * Our mapping of NCSI categories and indicators to the theme vocabulary (cypher/mappings/ncsi-themes.yaml): an
 * indicator takes its category's themes unless the mapping lists it. The mapping covers the whole index while a
 * page may show part of it, so codes are checked for their form, not against the page; every category the page
 * has must be mapped, and theme ids outside the vocabulary are refused with their line.
 */
record NcsiThemes(String file, Map<String, List<String>> categories, Map<String, List<String>> indicators) {

    private static final Pattern CATEGORY = Pattern.compile("[1-9][0-9]*");
    private static final Pattern INDICATOR = Pattern.compile("[1-9][0-9]*\\.[1-9][0-9]*");

    static final NcsiThemes NONE = new NcsiThemes(null, Map.of(), Map.of());

    static NcsiThemes read(String file, String yaml, NcsiPage page, Set<String> themeIds) {
        YamlNode root = YamlNode.parse(file, yaml);
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> categories = new LinkedHashMap<>();
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        if (!root.isMapping()) {
            problems.add(file + ":" + root.position().line() + ": expected the sections 'categories' and 'indicators'");
        } else {
            for (var section : root.entries()) {
                switch (section.getKey().text()) {
                    case "categories" -> codes(section.getValue(), CATEGORY, "category", themeIds, categories, problems);
                    case "indicators" -> codes(section.getValue(), INDICATOR, "indicator", themeIds, indicators, problems);
                    default -> problems.add(where(section.getKey()) + "unknown section '" + section.getKey().text()
                            + "' (expected categories, indicators)");
                }
            }
            page.categories().stream().map(NcsiPage.Category::number).filter(code -> !categories.containsKey(code))
                    .forEach(code -> problems.add(file + ": category " + code + " has no themes"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new NcsiThemes(file, categories, indicators);
    }

    List<String> ofCategory(String number) {
        return categories.getOrDefault(number, List.of());
    }

    List<String> ofIndicator(NcsiPage.Category category, NcsiPage.Indicator indicator) {
        return indicators.getOrDefault(indicator.code(), ofCategory(category.number()));
    }

    private static void codes(YamlNode section, Pattern form, String what, Set<String> themeIds,
            Map<String, List<String>> into, List<String> problems) {
        if (!section.isMapping()) {
            problems.add(where(section) + "expected " + what + " codes, each with a list of theme ids");
            return;
        }
        for (var entry : section.entries()) {
            String code = entry.getKey().text();
            if (!form.matcher(code).matches()) {
                problems.add(where(entry.getKey()) + "'" + code + "' is not a valid " + what + " code like "
                        + (form == CATEGORY ? "\"9\"" : "\"9.2\""));
                continue;
            }
            if (!entry.getValue().isSequence()) {
                problems.add(where(entry.getValue()) + what + " " + code + ": expected a list of theme ids");
                continue;
            }
            List<String> themes = new ArrayList<>();
            for (YamlNode theme : entry.getValue().items()) {
                if (!theme.isScalar() || !themeIds.contains(theme.text())) {
                    problems.add(where(theme) + what + " " + code + ": unknown theme '"
                            + (theme.isScalar() ? theme.text() : "") + "' (the vocabulary: "
                            + String.join(", ", themeIds.stream().sorted().toList()) + ")");
                } else {
                    themes.add(theme.text());
                }
            }
            into.put(code, List.copyOf(themes));
        }
    }

    private static String where(YamlNode node) {
        return node.file() + ":" + node.position().line() + ": ";
    }
}
