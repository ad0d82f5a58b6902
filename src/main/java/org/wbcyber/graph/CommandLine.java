package org.wbcyber.graph;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.wbcyber.graph.benchmark.BenchmarkCommand;
import org.wbcyber.graph.embedded.EmbeddedNeo4jEarlyStart;
import org.wbcyber.graph.curation.CuratedDataLoader;
import org.wbcyber.graph.curation.CurationException;
import org.wbcyber.graph.curation.LoadReport;
import org.wbcyber.graph.curation.LoadScript;
import org.wbcyber.graph.curation.ValidateCommand;
import org.wbcyber.graph.ingest.ImportInterruptedException;
import org.wbcyber.graph.ingest.ImportOptions;
import org.wbcyber.graph.ingest.ImportReader;
import org.wbcyber.graph.ingest.ImportReport;
import org.wbcyber.graph.ingest.ImportService;
import org.wbcyber.graph.ingest.InitialStore;
import org.wbcyber.graph.ingest.ncsi.NcsiToYamlCommand;
import org.wbcyber.graph.model.GenerateCommand;
import org.wbcyber.graph.synthetic.SyntheticGraph;

/** The packaged application's commands, for work that is done once rather than served. */
final class CommandLine {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int INVALID_DATA = ValidateCommand.INVALID_DATA;

    static final String USAGE_TEXT = """
            Usage: java -jar wb-cyber-graph.jar [command] [--setting=value ...]
              (no command)          start the application (API, and the embedded Neo4j unless spring.neo4j.uri is set)
              validate [location]   check the model and the curated data without any database
                                    (location: classpath:cypher/ by default, e.g. file:./cypher/)
              load [--dry-run]      load the curated data into the configured Neo4j, embedded or spring.neo4j.uri;
                                    --dry-run reports what would be created, updated, unchanged and removed
              import <format> <file> [--dry-run] [--skip-invalid] [--bulk] [--batch-size=N] [--param name=value ...]
                                    validate a file against the model and the graph and write it in one
                                    transaction (formats: csv for the CSV templates, gci for GCI scores, ncsi
                                    for an NCSI country page with --param country=<ISO2> [--param source=<id>],
                                    iati for IATI activity XML; see docs/importing.md); --dry-run prints the
                                    plan, record by record;
                                    --skip-invalid writes the valid records and names the others;
                                    --bulk: for large files, one transaction per batch, no read before
                                    writing; an interrupted bulk import resumes when run again;
                                    --batch-size: records per statement (default 1000, bulk 10000);
                                    --param: the format's own parameters
              generate              rewrite cypher/schema.cypher, cypher/style.grass and docs/model.md from
                                    cypher/model.yaml, and cypher/load.cypher from the curated data (run in the
                                    repository's root; invalid inputs change no file)
              ncsi-to-yaml <page.txt> <source-id> <ISO2> [--out file] [--themes file]
                                    turn an NCSI country page into curated data: the country's scores to
                                    --out (default cypher/data/<source-id>.yaml), the index, its categories and
                                    indicators to ncsi-index.yaml beside it (only if absent or the same), with
                                    the themes of --themes (default cypher/mappings/ncsi-themes.yaml)
              initial-store <data-dir> <file.csv>...
                                    build a new embedded database in data-dir (which must be empty or absent)
                                    from CSV template files, in order, with Neo4j's offline importer: checked
                                    as import checks them, all or nothing, several times faster than --bulk;
                                    then start the application with --wbcg.embedded.data-dir=<data-dir>, which
                                    adds the schema and the curated data (docs/importing.md)
              synthetic <dir> [--scale=1] [--seed=42]
                                    write a synthetic graph as the CSV templates into dir (sources, actors,
                                    projects, events, relations .csv; ids syn-…): scale 1 is about 10,000
                                    actors and 100,000 relations, the same scale and seed the same bytes;
                                    see docs/benchmarks.md
              help                  this text
            Exit codes: 0 done, 1 failed (the message says why), 2 usage error, 3 invalid data (nothing written).
            """;

    private CommandLine() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case ValidateCommand.NAME -> new ValidateCommand().run(
                    rest.length > 0 && !rest[0].startsWith("-") ? rest[0] : ValidateCommand.DEFAULT_LOCATION, out, err);
            case "load" -> load(rest, out, err);
            case "import" -> importFile(rest, out, err);
            case GenerateCommand.NAME -> new GenerateCommand(List.of(LoadScript::files)).run(Path.of(""), out, err);
            case NcsiToYamlCommand.NAME -> new NcsiToYamlCommand().run(List.of(rest), out, err);
            case "synthetic" -> synthetic(rest, out, err);
            case "initial-store" -> initialStore(rest, out, err);
            case BenchmarkCommand.NAME -> new BenchmarkCommand().run(List.of(rest), out, err);
            case "help" -> {
                out.print(USAGE_TEXT);
                out.print(new BenchmarkCommand().usage());
                yield OK;
            }
            default -> {
                err.println("Unknown command '" + args[0] + "'.");
                err.print(USAGE_TEXT);
                yield USAGE;
            }
        };
    }

    private static int load(String[] args, PrintStream out, PrintStream err) {
        boolean dryRun = List.of(args).contains("--dry-run");
        ConfigurableApplicationContext context = start(Arrays.stream(args).filter(a -> !a.equals("--dry-run")));
        if (context == null) {
            return FAILED;
        }
        try (context) {
            LoadReport report = context.getBean(CuratedDataLoader.class).load(dryRun);
            out.println(report);
            return OK;
        } catch (CurationException invalid) {
            err.println(invalid.getMessage());
            return INVALID_DATA;
        } catch (RuntimeException failure) {
            err.println("The load failed and wrote nothing: " + failure.getMessage());
            return FAILED;
        }
    }

    private static int importFile(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--param")) {
                i++; // its name=value is no file
            } else if (!args[i].startsWith("--")) {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            err.println("import needs a format and a file, e.g. import csv actors.csv");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        ImportOptions importOptions = ImportOptions.defaults();
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("--")) {
                continue;
            }
            if (option.equals("--dry-run")) {
                importOptions = importOptions.withDryRun(true);
            } else if (option.equals("--bulk")) {
                importOptions = importOptions.withBulk(true);
            } else if (option.equals("--skip-invalid")) {
                importOptions = importOptions.withSkipInvalid(true);
            } else if (option.equals("--param") || option.startsWith("--param=")) {
                // the value follows as the next argument: --param country=RS (or --param=country=RS)
                String parameter = option.equals("--param") ? (i + 1 < args.length ? args[++i] : "")
                        : option.substring("--param=".length());
                int equals = parameter.indexOf('=');
                if (equals < 1) {
                    err.println("Bad --param '" + parameter + "': give name=value, e.g. --param country=RS.");
                    return USAGE;
                }
                importOptions = importOptions.withParameters(
                        Map.of(parameter.substring(0, equals), parameter.substring(equals + 1)));
            } else if (option.startsWith("--batch-size=")) {
                try {
                    importOptions = importOptions.withBatchSize(
                            Integer.parseInt(option.substring("--batch-size=".length())));
                } catch (IllegalArgumentException e) {
                    err.println("Bad " + option + ": give a whole number of at least 1.");
                    return USAGE;
                }
            } else {
                settings.add(option);
            }
        }
        Path file = Path.of(positional.get(1));
        if (!Files.isRegularFile(file)) {
            err.println("No file " + file + ".");
            return USAGE;
        }
        ConfigurableApplicationContext context = start(settings.stream());
        if (context == null) {
            return FAILED;
        }
        try (context) {
            ImportService imports = context.getBean(ImportService.class);
            String format = positional.get(0);
            Optional<ImportReader> reader = imports.reader(format);
            if (reader.isEmpty()) {
                err.println("Unknown import format '" + format + "'; formats: " + String.join(", ",
                        imports.readers().stream().map(r -> r.format() + " (" + r.description() + ")").toList()));
                return USAGE;
            }
            ImportReport report = imports.run(reader.get(), file, importOptions, out::println);
            if (report.rejected()) {
                err.println(report);
                return INVALID_DATA;
            }
            out.println(report);
            return OK;
        } catch (ImportInterruptedException interrupted) {
            err.println(interrupted.getMessage());
            return FAILED;
        } catch (RuntimeException failure) {
            err.println("The import failed and wrote nothing: " + failure.getMessage());
            return FAILED;
        }
    }

    /** Needs no database, and must run while none is open on the directory it builds. */
    private static int initialStore(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--"))) {
            err.println("initial-store needs a data directory and one or more CSV template files, e.g. "
                    + "initial-store target/big-graph actors.csv relations.csv");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("No file " + file + ".");
                return USAGE;
            }
        }
        try {
            InitialStore store = InitialStore.of(ValidateCommand.DEFAULT_LOCATION);
            store.build(Path.of(args[0]), files, out::println);
            out.println("Start the application on it: java -jar wb-cyber-graph.jar --wbcg.embedded.data-dir=" + args[0]);
            return OK;
        } catch (InitialStore.InvalidFilesException invalid) {
            err.println(invalid.getMessage());
            return INVALID_DATA;
        } catch (CurationException invalid) {
            err.println(invalid.getMessage());
            return INVALID_DATA;
        } catch (RuntimeException failure) {
            err.println(failure.getMessage());
            return FAILED;
        }
    }

    /** Needs no database: the files are for a later {@code import csv}. */
    private static int synthetic(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        double scale = 1;
        long seed = 42;
        for (String arg : args) {
            try {
                if (arg.startsWith("--scale=")) {
                    scale = Double.parseDouble(arg.substring("--scale=".length()));
                } else if (arg.startsWith("--seed=")) {
                    seed = Long.parseLong(arg.substring("--seed=".length()));
                } else if (arg.startsWith("--")) {
                    err.println("synthetic takes --scale=N and --seed=N, not " + arg + ".");
                    return USAGE;
                } else {
                    positional.add(arg);
                }
            } catch (NumberFormatException e) {
                err.println("Bad " + arg + ": give a number.");
                return USAGE;
            }
        }
        if (positional.size() != 1 || !(scale > 0) || Double.isInfinite(scale)) {
            err.println("synthetic needs a directory and a positive scale, e.g. synthetic target/synthetic --scale=0.1");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        Path dir = Path.of(positional.get(0));
        try {
            long started = System.nanoTime();
            SyntheticGraph.Counts counts = new SyntheticGraph(scale, seed).write(dir);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long bytes = 0;
            for (String file : SyntheticGraph.FILES) {
                bytes += Files.size(dir.resolve(file));
            }
            out.printf(Locale.ROOT, "Wrote %s to %s (scale %s, seed %d): %,d bytes in %,d ms.%n", counts, dir,
                    scale, seed, bytes, millis);
            out.println("Import in this order: " + String.join(", ", SyntheticGraph.FILES));
            return OK;
        } catch (IOException e) {
            err.println("Cannot write " + dir + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** A non-web application context for a command; null when it does not start (Spring has said why). */
    private static ConfigurableApplicationContext start(Stream<String> args) {
        List<String> settings = new ArrayList<>(args.toList());
        settings.add("--wbcg.curated.load-on-start=never");
        settings.add("--logging.level.root=warn");
        SpringApplication application = new SpringApplication(WbCyberGraphApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.addInitializers(new EmbeddedNeo4jEarlyStart());
        try {
            return application.run(settings.toArray(String[]::new));
        } catch (RuntimeException startupFailure) {
            return null;
        }
    }
}
