package org.wbcyber.graph.ingest.iati;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.wbcyber.graph.model.YamlNode;

/**
 * Our mapping of OECD DAC 5-digit purpose codes (IATI sector vocabulary 1) to the theme vocabulary,
 * cypher/mappings/iati-sectors.yaml. Codes it does not list are unmapped, which is not an error.
 */
record IatiSectors(Map<String, List<String>> dac5) {

    static final String FILE = "mappings/iati-sectors.yaml";
    private static final Pattern DAC5 = Pattern.compile("[0-9]{5}");

    List<String> themes(String code) {
        return dac5.getOrDefault(code, List.of());
    }

    /** Refuses codes that are not 5 digits and theme ids outside the vocabulary, each with its line. */
    static IatiSectors read(String file, String yaml, Set<String> themeIds) {
        YamlNode root = YamlNode.parse(file, yaml);
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> dac5 = new LinkedHashMap<>();
        YamlNode section = root.get("dac5").orElse(null);
        if (section == null || !section.isMapping()) {
            throw new IllegalArgumentException(file + ": expected a mapping 'dac5' of DAC codes to theme ids");
        }
        for (var entry : section.entries()) {
            String code = entry.getKey().text();
            String at = file + ":" + entry.getKey().position().line() + ": ";
            if (!DAC5.matcher(code).matches()) {
                problems.add(at + "'" + code + "' is not a 5-digit DAC code");
                continue;
            }
            if (!entry.getValue().isSequence()) {
                problems.add(at + code + ": expected a list of theme ids");
                continue;
            }
            List<String> themes = new ArrayList<>();
            for (YamlNode theme : entry.getValue().items()) {
                if (!theme.isScalar() || !themeIds.contains(theme.text())) {
                    problems.add(at + code + ": unknown theme '" + (theme.isScalar() ? theme.text() : "") + "'");
                } else {
                    themes.add(theme.text());
                }
            }
            dac5.put(code, List.copyOf(themes));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new IatiSectors(Map.copyOf(dac5));
    }
}
