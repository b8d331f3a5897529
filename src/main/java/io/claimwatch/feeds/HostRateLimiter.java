package io.claimwatch.feeds;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Spaces the requests to each host: at least the configured interval apart, or the Crawl-delay the
 * host's robots.txt asks for when that is longer. Threads polling different feeds share it, so two
 * feeds of one outlet never double its load. A caller reserves the next free slot of the host and
 * sleeps until it comes; slots are handed out in the order they are asked for.
 */
public final class HostRateLimiter {

    /** Waits; tests replace it to record the waits instead of sleeping. */
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final Duration interval;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, Long> nextFree = new HashMap<>();
    private final Map<String, Duration> crawlDelays = new HashMap<>();

    public HostRateLimiter(Duration interval) {
        this(interval, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    public HostRateLimiter(Duration interval, LongSupplier nanoTime, Sleeper sleeper) {
        this.interval = interval;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** The host as the limiter counts it: host name and port. */
    public static String hostKey(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return host + ":" + port;
    }

    /** What the host's robots.txt asks for (null or zero: nothing beyond the interval). */
    public synchronized void crawlDelay(String hostKey, Duration delay) {
        if (delay == null || delay.isZero() || delay.isNegative()) {
            crawlDelays.remove(hostKey);
        } else {
            crawlDelays.put(hostKey, delay);
        }
    }

    /** The spacing in force for a host. */
    public synchronized Duration spacing(String hostKey) {
        Duration d = crawlDelays.get(hostKey);
        return d != null && d.compareTo(interval) > 0 ? d : interval;
    }

    /** Blocks until the host may be asked again, and takes that turn. */
    public void acquire(URI uri) throws InterruptedException {
        long wait = reserve(hostKey(uri));
        if (wait > 0) {
            sleeper.sleep(wait);
        }
    }

    /** Takes the host's next free slot; returns how many nanoseconds from now it starts. */
    synchronized long reserve(String hostKey) {
        long now = nanoTime.getAsLong();
        Long free = nextFree.get(hostKey);
        long at = free == null || free - now < 0 ? now : free;
        nextFree.put(hostKey, at + spacing(hostKey).toNanos());
        return at - now;
    }
}
