package io.claimwatch.feeds;

import io.claimwatch.model.ArticleIds;
import io.claimwatch.model.ArticleParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Follows feeds: polls each (conditionally), finds the items it has not handled, fetches each
 * item's page politely, turns it into an article and sends it with its ledger entry. Every feed
 * and every item is handled on its own: a feed that fails, a page that times out, a page that is
 * no article is reported (to {@link FollowerEvents}, in the feed's status) and the rest goes on.
 * Only the store can stop the follower (another follower took over its name, Kafka refuses it).
 *
 * <p>An item is settled once it is sent or skipped for good; one whose page failed for a reason
 * that may pass is tried again at the next polls, up to {@code fetch.max-attempts}. The feed's
 * validators (ETag, Last-Modified) are only advanced when every new item of the poll is settled,
 * so a 304 never hides an item still to be tried.
 */
public final class FeedFollower implements AutoCloseable {

    /** The longest pause a server's Retry-After may impose on a feed. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private final List<FeedSpec> feeds;
    private final FetchSettings settings;
    private final FeedStore store;
    private final Clock clock;
    private final FollowerEvents events;
    private final String who;
    private final HttpFetcher http;
    private final RobotsPolicy robots;
    private final PageArticles pages;
    private final Map<String, LedgerEntry> ledger = new ConcurrentHashMap<>();
    private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();
    /** Normalised page URL → the feed that sent (or is sending) it: a page listed by two feeds is sent once. */
    private final Map<String, String> sentUrls = new ConcurrentHashMap<>();
    private final AtomicReference<String> fatal = new AtomicReference<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Counted down when {@link #run()} has stopped its workers (or was never called). */
    private final CountDownLatch idle = new CountDownLatch(1);
    private volatile boolean running;

    /**
     * @param who names this follower in the statuses (host and process)
     */
    public FeedFollower(List<FeedSpec> feeds, FetchSettings settings, FeedStore store, ArticleParser validator, Clock clock,
            FollowerEvents events, String who) throws FeedStore.StoreException {
        this.feeds = List.copyOf(feeds);
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        this.events = events;
        this.who = who;
        HostRateLimiter rate = new HostRateLimiter(settings.hostInterval());
        this.http = new HttpFetcher(settings, rate);
        this.robots = new RobotsPolicy(http, rate, clock);
        this.pages = new PageArticles(validator, settings.minArticleWords());
        FeedStore.Snapshot snapshot = store.load();
        ledger.putAll(snapshot.ledger());
        statuses.putAll(snapshot.statuses());
        Map<String, Long> sentPerFeed = new java.util.HashMap<>();
        for (LedgerEntry e : snapshot.ledger().values()) {
            if (e.state() == LedgerEntry.State.SENT) {
                sentPerFeed.merge(e.feedId(), 1L, Long::sum);
                if (e.url() != null) {
                    sentUrls.putIfAbsent(ArticleIds.normaliseUrl(e.url()), e.feedId());
                }
            }
        }
        // The ledger is the truth about what was sent; a status may lag behind it by the poll a kill interrupted.
        for (FeedSpec f : this.feeds) {
            FeedStatus s = statuses.getOrDefault(f.id(), FeedStatus.initial(f));
            statuses.put(f.id(), s.withItemsSent(sentPerFeed.getOrDefault(f.id(), 0L)));
        }
    }

    /** What the ledger holds (tests and the summary). */
    public int remembered() {
        return ledger.size();
    }

    public FeedStatus status(String feedId) {
        return statuses.get(feedId);
    }

    /** Why the follower stopped by itself, or null. */
    public String fatalError() {
        return fatal.get();
    }

    /** Polls every feed once, {@code fetch.workers} at a time; returns the reports in the order of the feeds. */
    public List<PollReport> pollAllOnce() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.workers(), Math.max(1, feeds.size())),
                daemon("feeds-poll"));
        try {
            List<Future<PollReport>> running = new ArrayList<>();
            for (FeedSpec f : feeds) {
                running.add(pool.submit(() -> poll(f)));
            }
            List<PollReport> reports = new ArrayList<>();
            for (Future<PollReport> r : running) {
                try {
                    reports.add(r.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a poll failed unexpectedly", e.getCause());
                }
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Follows the feeds until {@link #stop()} or a fatal store error: each feed is polled when its
     * interval has passed since its last poll (by whichever follower made it), then every interval.
     */
    public void run() throws InterruptedException {
        running = true;
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(settings.workers(), daemon("feeds-follow"));
        try {
            Instant now = clock.instant();
            for (FeedSpec f : feeds) {
                FeedStatus s = statuses.get(f.id());
                Duration first = s == null || s.lastPollAt() == null ? Duration.ZERO
                        : Duration.between(now, s.lastPollAt().plus(f.interval()));
                schedule(pool, f, first.isNegative() ? Duration.ZERO : first);
            }
            stopped.await();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            idle.countDown();
        }
    }

    private void schedule(ScheduledExecutorService pool, FeedSpec feed, Duration delay) {
        if (stopped.getCount() == 0) {
            return;
        }
        pool.schedule(() -> {
            PollReport r = poll(feed);
            if (fatal.get() == null) {
                Duration next = r.retryAfter() != null && r.retryAfter().compareTo(feed.interval()) > 0 ? r.retryAfter() : feed.interval();
                schedule(pool, feed, next);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void stop() {
        stopped.countDown();
    }

    /** Polls one feed and handles its new items. Never throws: every failure is in the report. */
    PollReport poll(FeedSpec feed) {
        long t0 = System.nanoTime();
        FeedStatus before = statuses.getOrDefault(feed.id(), FeedStatus.initial(feed)).withSpec(feed);
        Poll p = new Poll(feed, before);
        try {
            p.run();
        } catch (InterruptedException e) {
            // Stopping: what this poll did is on the ledger; its status stays as the last full poll left it.
            Thread.currentThread().interrupt();
            return new PollReport(feed, p.status, "interrupted (the follower is stopping)", p.items, p.fresh, p.sent, p.skipped,
                    p.failed, List.copyOf(p.problems), Duration.ofNanos(System.nanoTime() - t0), null);
        } catch (FeedStore.StoreException e) {
            p.error = e.getMessage();
            if (e.fatal()) {
                stopFatally(e.getMessage());
            }
        } catch (RuntimeException e) {
            p.error = "internal error: " + e;
        }
        PollReport report = new PollReport(feed, p.status, p.error, p.items, p.fresh, p.sent, p.skipped, p.failed,
                List.copyOf(p.problems), Duration.ofNanos(System.nanoTime() - t0), p.retryAfter);
        saveStatus(before, p, report);
        events.pollDone(report);
        return report;
    }

    private void saveStatus(FeedStatus before, Poll p, PollReport report) {
        Instant now = clock.instant();
        Validators v = p.advanceValidators && report.error() == null ? p.newValidators : before.validators();
        Duration wait = report.retryAfter() != null && report.retryAfter().compareTo(p.feed.interval()) > 0 ? report.retryAfter()
                : p.feed.interval();
        FeedStatus after = before.polled(now, report.summary(), p.sent, v, now.plus(wait), who);
        String lastProblem = report.error() != null ? report.error()
                : p.problems.isEmpty() ? null : p.problems.get(p.problems.size() - 1);
        if (lastProblem != null) {
            after = after.withError(now, lastProblem);
        }
        statuses.put(p.feed.id(), after);
        if (fatal.get() != null) {
            return;
        }
        try {
            store.saveStatus(after);
        } catch (FeedStore.StoreException e) {
            if (e.fatal()) {
                stopFatally(e.getMessage());
            }
        }
    }

    private void stopFatally(String message) {
        if (fatal.compareAndSet(null, message)) {
            events.fatal(message);
            stop();
        }
    }

    /** The state of one poll of one feed. */
    private final class Poll {
        final FeedSpec feed;
        final FeedStatus before;
        int status;
        String error;
        int items;
        int fresh;
        int sent;
        int skipped;
        int failed;
        final List<String> problems = new ArrayList<>();
        Duration retryAfter;
        Validators newValidators = Validators.NONE;
        boolean advanceValidators;

        Poll(FeedSpec feed, FeedStatus before) {
            this.feed = feed;
            this.before = before;
        }

        void run() throws InterruptedException, FeedStore.StoreException {
            FetchResponse r;
            try {
                r = http.get(feed.url(), before.validators().requestHeaders(), settings.maxFeedBytes(), "fetch.max-feed-bytes",
                        HttpFetcher.HopCheck.NONE);
            } catch (FetchException e) {
                error = "the feed could not be fetched: " + e.getMessage();
                return;
            }
            status = r.status();
            if (status == 304) {
                newValidators = before.validators().after(r);
                advanceValidators = true;
                return;
            }
            if (status < 200 || status >= 300) {
                error = feedStatusError(r);
                retryAfter = retryAfter(r);
                return;
            }
            ParsedFeed parsed;
            try {
                parsed = FeedParser.parse(r.body(), r.header("Content-Type"), r.uri());
            } catch (FeedProblem e) {
                error = e.getMessage();
                return;
            }
            if (!r.uri().equals(feed.url())) {
                problems.add("the feed redirects to " + r.uri() + " (you may update its url in the feeds file)");
            }
            items = parsed.items().size();
            newValidators = before.validators().after(r);
            handleItems(parsed);
        }

        void handleItems(ParsedFeed parsed) throws InterruptedException, FeedStore.StoreException {
            // An item listed twice in one feed (it happens) is one item: its first listing counts.
            Map<String, FeedItem> unique = new java.util.LinkedHashMap<>();
            for (FeedItem item : parsed.items()) {
                unique.putIfAbsent(ItemKeys.ledgerKey(feed.id(), ItemKeys.itemId(item)), item);
            }
            List<FeedItem> todo = new ArrayList<>();
            for (Map.Entry<String, FeedItem> u : unique.entrySet()) {
                LedgerEntry known = ledger.get(u.getKey());
                if (known == null || !known.state().settled()) {
                    todo.add(u.getValue());
                }
            }
            // Oldest first, so the stream sees them roughly in publication order; undated ones keep feed order after.
            todo.sort(Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.naturalOrder())));
            boolean leftOver = todo.size() > settings.maxItemsPerPoll();
            if (leftOver) {
                problems.add((todo.size() - settings.maxItemsPerPoll()) + " more new items wait for the next poll"
                        + " (fetch.max-items-per-poll = " + settings.maxItemsPerPoll() + ")");
                todo = todo.subList(0, settings.maxItemsPerPoll());
            }
            fresh = todo.size();
            String source = feed.outlet() != null ? feed.outlet() : parsed.title() != null ? parsed.title() : feed.url().getHost();
            boolean feedIsPublic = AddressCheck.isPublic(feed.url().getHost());
            int done = 0;
            for (FeedItem item : todo) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                String itemId = ItemKeys.itemId(item);
                String key = ItemKeys.ledgerKey(feed.id(), itemId);
                LedgerEntry previous = ledger.get(key);
                Handled h = handle(item, source, parsed.language(), feedIsPublic);
                LedgerEntry entry = entry(key, itemId, item, h, previous);
                try {
                    store.record(entry, h.article);
                } catch (FeedStore.StoreException e) {
                    if (h.claimedUrl != null) {
                        sentUrls.remove(h.claimedUrl, feed.id());
                    }
                    throw e;
                }
                ledger.put(key, entry);
                switch (entry.state()) {
                    case SENT -> sent++;
                    case SKIPPED, GAVE_UP -> skipped++;
                    case FAILED -> failed++;
                }
                if (entry.state() != LedgerEntry.State.SENT) {
                    problems.add(item.label() + (item.link() != null && item.title() != null ? " <" + item.link() + ">" : "") + ": "
                            + entry.reason());
                }
                events.itemDone(feed, item, entry, ++done, todo.size());
            }
            advanceValidators = failed == 0 && !leftOver;
        }

        LedgerEntry entry(String key, String itemId, FeedItem item, Handled h, LedgerEntry previous) {
            Instant now = clock.instant();
            int attempts = (previous == null ? 0 : previous.attempts()) + (h.fetched ? 1 : 0);
            LedgerEntry.State state = h.state;
            String reason = h.reason;
            if (state == LedgerEntry.State.FAILED && attempts >= settings.maxAttempts()) {
                state = LedgerEntry.State.GAVE_UP;
                reason = "gave up after " + attempts + " attempts (fetch.max-attempts): " + reason;
            } else if (state == LedgerEntry.State.FAILED) {
                reason = reason + " (attempt " + attempts + " of " + settings.maxAttempts() + "; tried again at the next poll)";
            }
            return new LedgerEntry(key, feed.id(), itemId, state, h.url != null ? h.url : item.link(), reason, attempts, now);
        }

        /** Fetches the item's page and builds its article; never throws for the item's own faults. */
        Handled handle(FeedItem item, String source, String language, boolean feedIsPublic) throws InterruptedException {
            if (item.link() == null) {
                return Handled.skipped("the item has no link to a page" + (item.guid() == null ? " and no guid" : ""), null);
            }
            URI link = pageUri(item.link());
            if (link == null) {
                return Handled.skipped("its link '" + item.link() + "' is not an http(s) URL", null);
            }
            String dup = sentUrls.get(ArticleIds.normaliseUrl(link.toString()));
            if (dup != null) {
                return Handled.skipped("the same page was already sent" + (dup.equals(feed.id()) ? "" : " from the feed " + dup), null);
            }
            FetchResponse page;
            try {
                page = http.get(link, Map.of(), settings.maxPageBytes(), "fetch.max-page-bytes", hop(feedIsPublic));
            } catch (FetchException e) {
                return e.mayPass() ? Handled.failed("its page " + link + " failed: " + e.getMessage())
                        : Handled.skippedAfterFetch("its page " + link + " was not fetched: " + e.getMessage(), null);
            }
            int s = page.status();
            if (s == 429 || s >= 500) {
                return Handled.failed("its page " + page.uri() + " answered HTTP " + s);
            }
            if (s == 404 || s == 410) {
                return Handled.skippedAfterFetch("its page " + page.uri() + " is not there (HTTP " + s + ")", page.uri());
            }
            if (s == 401 || s == 403) {
                return Handled.skippedAfterFetch("its page " + page.uri() + " refuses the follower (HTTP " + s
                        + "; a paywall or a block)", page.uri());
            }
            if (s < 200 || s >= 300 || s == 204) {
                return Handled.skippedAfterFetch("its page " + page.uri() + " answered HTTP " + s + " with no article", page.uri());
            }
            PageArticles.Result built = pages.build(page, item, source, language);
            if (!built.ok()) {
                return Handled.skippedAfterFetch("its page " + page.uri() + " is " + built.refusal(), page.uri());
            }
            String claim = ArticleIds.normaliseUrl(built.url());
            String holder = sentUrls.putIfAbsent(claim, feed.id());
            if (holder != null) {
                return Handled.skippedAfterFetch("the same page (" + built.url() + ") was already sent"
                        + (holder.equals(feed.id()) ? "" : " from the feed " + holder), page.uri());
            }
            return new Handled(LedgerEntry.State.SENT, null, built.url(), built.record(), claim, true);
        }

        HttpFetcher.HopCheck hop(boolean feedIsPublic) {
            return uri -> {
                if (feedIsPublic && !AddressCheck.isPublic(uri.getHost())) {
                    throw new FetchException(uri.getHost() + " is a private, loopback or link-local address, refused for a page"
                            + " listed by a public feed", false);
                }
                RobotsPolicy.Verdict v;
                try {
                    v = robots.check(uri);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchException("interrupted", true);
                }
                if (!v.allowed()) {
                    throw new FetchException(v.reason(), v.mayPass());
                }
            };
        }

        private String feedStatusError(FetchResponse r) {
            int s = r.status();
            String what = switch (s) {
                case 404 -> "not found: check its url in the feeds file";
                case 410 -> "gone: the outlet removed it; drop it from the feeds file";
                case 401, 403 -> "refused";
                case 429 -> "too many requests";
                default -> s >= 500 ? "a server error" : s >= 300 && s < 400 ? "a redirect without a Location" : "not a feed";
            };
            return "the feed answered HTTP " + s + " (" + what + ")";
        }
    }

    /** What was done with an item's page. */
    private record Handled(LedgerEntry.State state, String reason, String url, byte[] article, String claimedUrl, boolean fetched) {
        static Handled skipped(String reason, String url) {
            return new Handled(LedgerEntry.State.SKIPPED, reason, url, null, null, false);
        }

        static Handled skippedAfterFetch(String reason, URI url) {
            return new Handled(LedgerEntry.State.SKIPPED, reason, url == null ? null : url.toString(), null, null, true);
        }

        static Handled failed(String reason) {
            return new Handled(LedgerEntry.State.FAILED, reason, null, null, null, true);
        }
    }

    private static URI pageUri(String link) {
        try {
            URI u = new URI(link.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Retry-After in seconds (the HTTP-date form is rare for feeds and read as absent). */
    static Duration retryAfter(FetchResponse r) {
        String v = r.header("Retry-After");
        if (v == null || !v.strip().matches("\\d{1,9}")) {
            return null;
        }
        Duration d = Duration.ofSeconds(Long.parseLong(v.strip()));
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops following, waits for the workers to end, and closes the store (the follower owns it). */
    @Override
    public void close() {
        stop();
        if (running) {
            try {
                idle.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        http.close();
        store.close();
    }
}
