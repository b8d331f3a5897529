package io.claimwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimwatch} command line; run it through the {@code ./claimwatch} launcher. */
@Command(name = "claimwatch", mixinStandardHelpOptions = true, version = "claimwatch 0.1.0",
        description = "Streaming news monitoring: entities, claims and counterclaims from Kafka through Flink to Elasticsearch.",
        subcommands = {DemoCommand.class, IngestCommand.class, FeedsCommand.class, EnrichCommand.class, AnalyzeCommand.class, BenchCommand.class, DashboardCommand.class, StatusCommand.class, SubscribeCommand.class, SubscriptionsCommand.class, UnsubscribeCommand.class, AlertsCommand.class, TrainNerCommand.class, TrainCheckworthyCommand.class, TrainParserCommand.class, BuildLinkStatsCommand.class, CommandLine.HelpCommand.class})
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
                .setExecutionStrategy(Main::refuseUnknownWordsThenRun)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("claimwatch: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                })
                .execute(args);
    }

    /**
     * picocli stops checking the arguments once it sees --help, so "claimwatch nosuch --help" would print
     * the top-level help and exit 0 as if "nosuch" were fine. An unknown word is a usage error (exit 2)
     * with or without --help.
     */
    private static int refuseUnknownWordsThenRun(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (!p.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }
}
