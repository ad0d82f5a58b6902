package org.wbcyber.graph.ingest.iati;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisations and regions an IATI import can name, found by IATI organisation identifier or by name. Names
 * compare case- and diacritics-insensitively, like search's standard-folding analyser ("Gesellschaft fur" finds
 * "Gesellschaft für"); a name also matches by the acronym it gives in brackets or by the words before them, so
 * "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH" finds GIZ.
 */
final class ActorDirectory {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BRACKETS = Pattern.compile("^(.*?)\\(([^)]+)\\)");

    /** An organisation or region already in the graph. */
    record Known(String id, String label, List<String> names, List<String> iatiRefs) {
    }

    /** What a reference or name found: one actor, none, or several (then nothing is guessed). */
    record Found(List<Known> actors) {

        boolean unique() {
            return actors.size() == 1;
        }

        Known actor() {
            return actors.get(0);
        }
    }

    private final Map<String, Set<Known>> byRef = new HashMap<>();
    private final Map<String, Set<Known>> byName = new HashMap<>();

    ActorDirectory(List<Known> actors) {
        actors.forEach(this::add);
    }

    /** Adds an actor the import itself creates, so that later activities naming it find it. */
    void add(Known actor) {
        actor.iatiRefs().forEach(ref -> byRef.computeIfAbsent(refKey(ref), k -> new LinkedHashSet<>()).add(actor));
        actor.names().forEach(name -> byName.computeIfAbsent(normalise(name), k -> new LinkedHashSet<>()).add(actor));
    }

    /** By {@code ref} first; then by the name, its bracketed acronym, or the words before the brackets. */
    Found find(String ref, String name) {
        if (ref != null && !ref.isBlank()) {
            Set<Known> found = byRef.get(refKey(ref));
            if (found != null) {
                return new Found(List.copyOf(found));
            }
        }
        if (name == null || name.isBlank()) {
            return new Found(List.of());
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(name);
        Matcher brackets = BRACKETS.matcher(name);
        if (brackets.find()) {
            candidates.add(brackets.group(2));
            candidates.add(brackets.group(1));
        }
        for (String candidate : candidates) {
            Set<Known> found = byName.get(normalise(candidate));
            if (found != null) {
                return new Found(List.copyOf(found));
            }
        }
        return new Found(List.of());
    }

    static String normalise(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String refKey(String ref) {
        return ref.strip().toUpperCase(Locale.ROOT);
    }
}
