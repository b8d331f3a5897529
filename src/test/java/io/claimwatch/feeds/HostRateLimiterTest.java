package io.claimwatch.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Per-host spacing on a fake clock: the waits are what a polite client must wait, no more. */
class HostRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Long> waits = new ArrayList<>();
    private final HostRateLimiter limiter = new HostRateLimiter(Duration.ofSeconds(1), now::get, nanos -> {
        waits.add(nanos);
        now.addAndGet(nanos);
    });

    @Test
    void requestsToOneHostAreSpacedByTheInterval() throws Exception {
        URI a = URI.create("https://gazette.example/a");
        limiter.acquire(a);
        limiter.acquire(URI.create("https://GAZETTE.example/b"));
        limiter.acquire(a);
        assertEquals(List.of(1_000_000_000L, 1_000_000_000L), waits, "the first goes at once, each next one a second later");
    }

    @Test
    void otherHostsAndPortsDoNotWait() throws Exception {
        limiter.acquire(URI.create("https://gazette.example/a"));
        limiter.acquire(URI.create("https://courier.example/a"));
        limiter.acquire(URI.create("https://gazette.example:8443/a"));
        assertEquals(List.of(), waits);
    }

    @Test
    void timeAlreadyPassedCountsTowardsTheInterval() throws Exception {
        limiter.acquire(URI.create("http://gazette.example/a"));
        now.addAndGet(700_000_000L);
        limiter.acquire(URI.create("http://gazette.example/b"));
        assertEquals(List.of(300_000_000L), waits);
    }

    @Test
    void aLongerCrawlDelayWinsAndAShorterOneDoesNot() throws Exception {
        String host = HostRateLimiter.hostKey(URI.create("https://gazette.example/"));
        limiter.crawlDelay(host, Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(5), limiter.spacing(host));
        limiter.crawlDelay(host, Duration.ofMillis(200));
        assertEquals(Duration.ofSeconds(1), limiter.spacing(host), "robots.txt cannot make the follower less polite than its setting");
    }

    @Test
    void threadsAskingAtOnceGetSuccessiveSlots() {
        String host = "gazette.example:443";
        assertEquals(0L, limiter.reserve(host));
        assertEquals(1_000_000_000L, limiter.reserve(host));
        assertEquals(2_000_000_000L, limiter.reserve(host));
    }
}
