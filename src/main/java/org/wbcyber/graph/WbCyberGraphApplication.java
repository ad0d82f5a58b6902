package org.wbcyber.graph;

import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.wbcyber.graph.embedded.EmbeddedNeo4jEarlyStart;
import org.wbcyber.graph.launch.SharedArchiveLaunch;
import org.wbcyber.graph.launch.StartupHeap;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WbCyberGraphApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        OptionalInt relaunched = SharedArchiveLaunch.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        SharedArchiveLaunch.stopWithParent();
        try {
            SpringApplication application = new SpringApplication(WbCyberGraphApplication.class);
            application.addInitializers(new EmbeddedNeo4jEarlyStart());
            application.run(args);
            StartupHeap.release();
        } catch (RuntimeException failure) {
            // Boot has already reported the failure (as a one-paragraph analysis where we know the cause);
            // letting it escape main would print the whole stack trace a second time.
            System.exit(1);
        }
    }
}
