package org.wbcyber.graph;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.nio.file.Path;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.wbcyber.graph.curation.CuratedDataLoader;
import org.wbcyber.graph.curation.CurationException;
import org.wbcyber.graph.curation.LoadReport;
import org.wbcyber.graph.curation.LoadScript;
import org.wbcyber.graph.curation.ValidateCommand;
import org.wbcyber.graph.ingest.ncsi.NcsiToYamlCommand;
import org.wbcyber.graph.model.GenerateCommand;

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
              generate              rewrite cypher/schema.cypher, cypher/style.grass and docs/model.md from
                                    cypher/model.yaml, and cypher/load.cypher from the curated data (run in the
                                    repository's root; invalid inputs change no file)
              ncsi-to-yaml <page.txt> <source-id> <ISO2> [--out file] [--themes file]
                                    turn an NCSI country page into curated data: the country's scores to
                                    --out (default cypher/data/<source-id>.yaml), the index, its categories and
                                    indicators to ncsi-index.yaml beside it (only if absent or the same), with
                                    the themes of --themes (default cypher/mappings/ncsi-themes.yaml)
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
            case GenerateCommand.NAME -> new GenerateCommand(List.of(LoadScript::files)).run(Path.of(""), out, err);
            case NcsiToYamlCommand.NAME -> new NcsiToYamlCommand().run(List.of(rest), out, err);
            case "help" -> {
                out.print(USAGE_TEXT);
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
        List<String> settings = new ArrayList<>(Arrays.stream(args).filter(a -> !a.equals("--dry-run")).toList());
        settings.add("--wbcg.curated.load-on-start=never");
        settings.add("--logging.level.root=warn");
        SpringApplication application = new SpringApplication(WbCyberGraphApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        ConfigurableApplicationContext context;
        try {
            context = application.run(settings.toArray(String[]::new));
        } catch (RuntimeException startupFailure) {
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
}
