package io.claimwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimwatch} command line; run it through the {@code ./claimwatch} launcher. */
@Command(name = "claimwatch", mixinStandardHelpOptions = true, version = "claimwatch 0.1.0",
        description = "Streaming news monitoring: entities, claims and counterclaims from Kafka through Flink to Elasticsearch.",
        subcommands = {DemoCommand.class, IngestCommand.class, EnrichCommand.class, AnalyzeCommand.class, DashboardCommand.class, StatusCommand.class, SubscribeCommand.class, SubscriptionsCommand.class, UnsubscribeCommand.class, AlertsCommand.class, TrainNerCommand.class, TrainCheckworthyCommand.class, TrainParserCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    static {
        // Our logging setup, not the one a bundled Kafka or Flink jar carries.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "claimwatch-log4j2.xml");
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("claimwatch: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                })
                .execute(args);
    }
}
