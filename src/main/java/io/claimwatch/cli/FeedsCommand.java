package io.claimwatch.cli;

import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.feeds.FeedFollower;
import io.claimwatch.feeds.FeedItem;
import io.claimwatch.feeds.FeedSpec;
import io.claimwatch.feeds.FeedStore;
import io.claimwatch.feeds.FeedsFile;
import io.claimwatch.feeds.FollowerEvents;
import io.claimwatch.feeds.KafkaFeedStore;
import io.claimwatch.feeds.LedgerEntry;
import io.claimwatch.feeds.PollReport;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.InputLimits;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimwatch feeds}: follows the RSS and Atom feeds of a feeds file into the articles topic. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = {"Follow the RSS and Atom feeds listed in a feeds file: poll each (conditionally), fetch each new item's page "
                + "(politely: robots.txt, per-host spacing, time limits, size caps), extract its article and send it to the articles "
                + "topic, once.",
                "--once polls every feed one time and prints a summary; without it the follower keeps polling each feed at its "
                + "interval until Ctrl-C. What was sent is remembered on Kafka (a restart sends nothing twice); 'claimwatch status' "
                + "shows each feed's last poll, items sent and last error."})
final class FeedsCommand implements Callable<Integer> {

    @Option(names = "--feeds", paramLabel = "FILE", defaultValue = "config/feeds.yaml",
            description = "the feeds file (default: ${DEFAULT-VALUE}; see README, \"Feeds\")")
    Path feedsFile;

    @Option(names = "--once", description = "poll every feed once, send what is new, print a summary and exit")
    boolean once;

    @Option(names = "--name", defaultValue = "claimwatch-feeds",
            description = "the follower's name (default: ${DEFAULT-VALUE}): one follower per name is active; one started with "
                    + "the same name elsewhere takes over and this one stops. Give followers of different feed files different names.")
    String name;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        if (!name.matches("[A-Za-z0-9._-]{1,100}")) {
            System.err.println("claimwatch feeds: --name must be letters, digits, '.', '-' or '_' (got '" + TerminalText.line(name) + "')");
            return 2;
        }
        FeedsFile.Contents contents;
        try {
            contents = FeedsFile.load(feedsFile);
        } catch (FeedsFile.BadFeedsFile e) {
            System.err.println("claimwatch feeds: " + feedsFile + " cannot be used:");
            e.problems().forEach(p -> System.err.println("  " + TerminalText.line(p)));
            return 2;
        }
        if (contents.feeds().isEmpty()) {
            System.err.println("claimwatch feeds: " + feedsFile + " lists no feeds; add some under 'feeds:' (url, outlet, interval;"
                    + " see README, \"Feeds\")");
            return 2;
        }
        EnrichConfig config = kafka.reachable();
        kafka.ensureTopics(config);
        String servers = kafka.servers(config);
        Printer printer = new Printer(System.err, once);
        try (FeedFollower follower = open(contents, servers, config, kafka.topics(config), name, printer)) {
            System.err.printf("Following %s from %s as '%s' into %s on %s%n", plural(contents.feeds().size(), "feed"), feedsFile, name,
                    kafka.topics(config).name(TopicCatalog.ARTICLES), servers);
            return once ? runOnce(follower, printer) : runUntilStopped(follower);
        } catch (FeedStore.StoreException e) {
            System.err.println("claimwatch feeds: " + TerminalText.line(e.getMessage()));
            return 1;
        }
    }

    /** The follower on the Kafka store of this configuration (also used by {@code claimwatch demo --feeds}). */
    static FeedFollower open(FeedsFile.Contents contents, String servers, EnrichConfig config, TopicCatalog topics, String name,
            FollowerEvents events) throws FeedStore.StoreException {
        Map<String, String> props = config.kafka().properties();
        KafkaFeedStore.Topics names = new KafkaFeedStore.Topics(topics.name(TopicCatalog.ARTICLES),
                topics.name(TopicCatalog.FEEDS_SENT), topics.name(TopicCatalog.FEEDS_STATUS));
        KafkaFeedStore store = new KafkaFeedStore(servers, props, names, config.kafka().topicPrefix() + name,
                config.maxRequestSize());
        try {
            InputLimits limits = config.pipeline().inputLimits();
            return new FeedFollower(contents.feeds(), contents.fetch(), store, new ArticleParser(limits, Clock.systemUTC()),
                    Clock.systemUTC(), events, who());
        } catch (FeedStore.StoreException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private int runOnce(FeedFollower follower, Printer printer) throws InterruptedException {
        long t0 = System.nanoTime();
        List<PollReport> reports = follower.pollAllOnce();
        double seconds = (System.nanoTime() - t0) / 1e9;
        int sent = reports.stream().mapToInt(PollReport::sent).sum();
        int skipped = reports.stream().mapToInt(PollReport::skipped).sum();
        int failed = reports.stream().mapToInt(PollReport::failed).sum();
        long feedsFailed = reports.stream().filter(r -> r.error() != null).count();
        long unchanged = reports.stream().filter(PollReport::notModified).count();
        printer.endProgress();
        System.err.println();
        System.err.printf("Summary: %s polled in %.1f s (%d unchanged, %d failed); %s sent (%.1f items/s), %s skipped, %d failed%n",
                plural(reports.size(), "feed"), seconds, unchanged, feedsFailed, plural(sent, "article"),
                (sent + skipped + failed) / Math.max(seconds, 0.001), plural(skipped, "item"), failed);
        for (PollReport r : reports) {
            if (r.error() == null && r.problems().isEmpty()) {
                continue;
            }
            System.err.println("  " + TerminalText.line(r.feed().label()) + " (" + r.feed().url() + "): " + TerminalText.line(r.summary()));
            r.problems().forEach(p -> System.err.println("    " + TerminalText.line(p)));
        }
        if (follower.fatalError() != null) {
            System.err.println("Stopped: " + TerminalText.line(follower.fatalError()));
            return 1;
        }
        return feedsFailed > 0 || failed > 0 ? 2 : 0;
    }

    private int runUntilStopped(FeedFollower follower) throws InterruptedException {
        CountDownLatch cleanedUp = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            follower.stop();
            try {
                cleanedUp.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "feeds-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.err.println("Press Ctrl-C to stop.");
        try {
            follower.run();
        } finally {
            follower.close(); // before the JVM exits on Ctrl-C: the store's producer is closed cleanly
            cleanedUp.countDown();
        }
        if (follower.fatalError() != null) {
            System.err.println("Stopped: " + TerminalText.line(follower.fatalError()));
            return 1;
        }
        return 0;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String who() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "unknown-host";
            }
        }
        return host + " pid " + ProcessHandle.current().pid();
    }

    /**
     * Prints what the follower does: in one-shot mode a progress line and each feed's result; when
     * following, a time-stamped line per poll and per item problem.
     */
    static final class Printer implements FollowerEvents {
        private final PrintStream out;
        private final boolean once;
        private final boolean terminal = System.console() != null;
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger notSent = new AtomicInteger();
        private final AtomicInteger feedsDone = new AtomicInteger();

        Printer(PrintStream out, boolean once) {
            this.out = out;
            this.once = once;
        }

        @Override
        public synchronized void itemDone(FeedSpec feed, FeedItem item, LedgerEntry entry, int done, int total) {
            if (entry.state() == LedgerEntry.State.SENT) {
                sent.incrementAndGet();
            } else {
                notSent.incrementAndGet();
                if (!once) {
                    line(feed.label() + ": " + entry.state().name().toLowerCase().replace('_', ' ') + " " + item.label() + ": "
                            + entry.reason());
                }
            }
            if (once && (terminal || done % 25 == 0 || done == total)) {
                progress(TerminalText.line(feed.label()) + " " + done + "/" + total + " new items");
            }
        }

        @Override
        public synchronized void pollDone(PollReport report) {
            feedsDone.incrementAndGet();
            line(report.feed().label() + ": " + report.summary() + String.format(" (%.1f s)", report.took().toMillis() / 1000.0));
        }

        @Override
        public synchronized void fatal(String message) {
            line("stopping: " + message);
        }

        private void progress(String what) {
            String s = String.format("feeds %d done · %d sent · %d not sent · %s", feedsDone.get(), sent.get(), notSent.get(), what);
            if (terminal) {
                out.print("\r" + s + "\u001B[K");
            } else {
                out.println(s);
            }
            out.flush();
        }

        void endProgress() {
            if (terminal) {
                out.print("\r\u001B[K");
                out.flush();
            }
        }

        private void line(String text) {
            if (terminal) {
                out.print("\r\u001B[K");
            }
            String stamp = once ? "" : Instant.now().truncatedTo(ChronoUnit.SECONDS) + " ";
            out.println(stamp + TerminalText.line(text));
            out.flush();
        }
    }
}
