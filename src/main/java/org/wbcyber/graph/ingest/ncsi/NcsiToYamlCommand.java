package org.wbcyber.graph.ingest.ncsi;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.wbcyber.graph.curation.ValidateCommand;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.ModelReader;

/**
 * {@code ncsi-to-yaml <page.txt> <source-id> <ISO2> [--out file]}: turns an NCSI country page into curated data
 * files. The country's scores go to {@code --out} (by default cypher/data/&lt;source-id&gt;.yaml); the index with
 * its categories and indicators goes to ncsi-index.yaml next to it, but only if that file is absent or already
 * says the same, so that a second country's page never rewrites the index another page gave. Nothing is written
 * when the page has problems.
 */
public final class NcsiToYamlCommand {

    public static final String NAME = "ncsi-to-yaml";
    public static final String USAGE = NAME + " <page.txt> <source-id> <ISO2> [--out file] [--themes file]";
    static final Path DEFAULT_THEMES = Path.of("cypher", "mappings", "ncsi-themes.yaml");
    static final Path MODEL = Path.of("cypher", ModelReader.MODEL_FILE);

    // the exit codes every command uses (CommandLine.USAGE_TEXT)
    private static final int OK = 0;
    private static final int FAILED = 1;
    private static final int USAGE_ERROR = 2;
    private static final int INVALID_DATA = ValidateCommand.INVALID_DATA;
    private static final Pattern SOURCE_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern SOURCE_LINE = Pattern.compile("^source:\\s*(\\S+)\\s*$", Pattern.MULTILINE);

    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        Path scoresFile = null;
        Path themesFile = DEFAULT_THEMES;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) {
                scoresFile = Path.of(args.get(++i));
            } else if (args.get(i).equals("--themes") && i + 1 < args.size()) {
                themesFile = Path.of(args.get(++i));
            } else {
                positional.add(args.get(i));
            }
        }
        if (positional.size() != 3 || !SOURCE_ID.matcher(positional.get(1)).matches()
                || !COUNTRY.matcher(positional.get(2)).matches()) {
            err.println("Usage: " + USAGE + " (source-id as in cypher/data/sources.yaml, e.g. ncsi-serbia; ISO2 "
                    + "as in cypher/data/reference.yaml, e.g. RS)");
            return USAGE_ERROR;
        }
        Path pagePath = Path.of(positional.get(0));
        String sourceId = positional.get(1);
        String country = positional.get(2);
        if (scoresFile == null) {
            scoresFile = Path.of("cypher", "data", sourceId + ".yaml");
        }
        Path indexFile = scoresFile.resolveSibling(NcsiYaml.INDEX_FILE);
        try {
            NcsiPage page;
            try {
                page = new NcsiParser().parse(pagePath.toString(), Files.readString(pagePath, StandardCharsets.UTF_8));
            } catch (NcsiPageException malformed) {
                err.println(malformed.getMessage());
                err.println("Nothing written.");
                return INVALID_DATA;
            }
            NcsiThemes themes;
            try {
                themes = themes(themesFile, page);
            } catch (IllegalArgumentException wrongMapping) {
                err.println(wrongMapping.getMessage());
                err.println("Nothing written.");
                return INVALID_DATA;
            }
            int code = OK;
            if (!Files.exists(indexFile)) {
                write(indexFile, NcsiYaml.index(page, sourceId, themes));
                out.println("wrote " + indexFile + ": the NCSI index, " + page.categories().size()
                        + " categories and " + page.indicators().size() + " indicators");
            } else {
                String existing = Files.readString(indexFile, StandardCharsets.UTF_8);
                var source = SOURCE_LINE.matcher(existing);
                String expected = NcsiYaml.index(page, source.find() ? source.group(1) : sourceId, themes);
                if (expected.equals(existing)) {
                    out.println("kept " + indexFile + ": it already lists the same categories and indicators");
                } else {
                    err.println("did not write " + indexFile + ": " + difference(existing, expected)
                            + "; the page's categories or indicators differ from the file's, or the theme mapping "
                            + "changed; review by hand, or delete the file to have it rewritten");
                    code = FAILED;
                }
            }
            String scores = NcsiYaml.scores(page, sourceId, country);
            boolean unchanged = Files.exists(scoresFile)
                    && Files.readString(scoresFile, StandardCharsets.UTF_8).equals(scores);
            if (!unchanged) {
                write(scoresFile, scores);
            }
            out.println((unchanged ? "kept " : "wrote ") + scoresFile + ": " + country + "'s scores on "
                    + page.categories().size() + " categories and " + page.indicators().size() + " indicators"
                    + (page.overall() == null ? "" : " and the overall score")
                    + (unchanged ? " (unchanged)" : ""));
            out.println("Check them with: validate file:./cypher/");
            return code;
        } catch (IOException e) {
            err.println("Cannot read or write: " + e.getMessage());
            return FAILED;
        }
    }

    /** The theme mapping, or none when its file is absent (the index then links no themes). */
    private static NcsiThemes themes(Path file, NcsiPage page) throws IOException {
        if (!Files.exists(file)) {
            return NcsiThemes.NONE;
        }
        Set<String> themeIds = ModelReader.read(Files.readString(MODEL, StandardCharsets.UTF_8))
                .vocabulary(GraphModel.THEME_VOCABULARY).terms().keySet();
        return NcsiThemes.read(file.toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8),
                page, themeIds);
    }

    private static void write(Path file, String content) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Where two texts first differ, by line, for the message. */
    private static String difference(String existing, String expected) {
        String[] have = existing.split("\n", -1);
        String[] want = expected.split("\n", -1);
        for (int i = 0; i < Math.max(have.length, want.length); i++) {
            String h = i < have.length ? have[i] : "(end of file)";
            String w = i < want.length ? want[i] : "(end of file)";
            if (!h.equals(w)) {
                return "line " + (i + 1) + " is '" + h.strip() + "' but the page gives '" + w.strip() + "'";
            }
        }
        return "the files differ";
    }
}
