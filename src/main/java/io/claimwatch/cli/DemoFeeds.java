package io.claimwatch.cli;

import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.feeds.FeedFollower;
import io.claimwatch.feeds.FeedsFile;
import io.claimwatch.feeds.PollReport;
import io.claimwatch.jobs.EnrichConfig;
import java.nio.file.Path;

/**
 * The feed follower inside {@code claimwatch demo --feeds FILE}: with {@code --once} one poll of every
 * feed before the job starts (its articles are part of the run), else the long-running follower on
 * a thread of its own. Closed before the embedded stack, so it never outlives its broker.
 */
final class DemoFeeds implements AutoCloseable {

    private final FeedsFile.Contents contents;
    private FeedFollower follower;
    private Thread thread;

    /** Nothing to do when {@code contents} is null (no --feeds). */
    DemoFeeds(FeedsFile.Contents contents) {
        this.contents = contents;
    }

    /** Reads and checks the feeds file before anything starts; null without --feeds. */
    static FeedsFile.Contents load(Path file) throws FeedsFile.BadFeedsFile {
        return file == null ? null : FeedsFile.load(file);
    }

    /** Starts following; in once mode polls every feed now and returns the articles sent, else 0. */
    int start(String servers, EnrichConfig config, TopicCatalog topics, boolean once) throws Exception {
        if (contents == null || contents.feeds().isEmpty()) {
            if (contents != null) {
                System.err.println("Feeds          none listed in the feeds file");
            }
            return 0;
        }
        FeedsCommand.Printer printer = new FeedsCommand.Printer(System.err, once);
        follower = FeedsCommand.open(contents, servers, config, topics, "claimwatch-feeds", printer);
        System.err.printf("Feeds          %s followed (./claimwatch status shows them)%n", FeedsCommand.plural(contents.feeds().size(), "feed"));
        if (once) {
            int sent = follower.pollAllOnce().stream().mapToInt(PollReport::sent).sum();
            printer.endProgress();
            follower.close();
            follower = null;
            return sent;
        }
        thread = new Thread(() -> {
            try {
                follower.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-feeds");
        thread.setDaemon(true);
        thread.start();
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        if (follower != null) {
            follower.close();
        }
        if (thread != null) {
            thread.join(15_000);
        }
    }
}
