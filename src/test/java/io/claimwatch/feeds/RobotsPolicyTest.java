package io.claimwatch.feeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** robots.txt as RFC 9309 says: groups by our product token, missing = allowed, unreachable = not now. */
class RobotsPolicyTest {

    private final List<URI> asked = new ArrayList<>();
    private final HostRateLimiter rate = new HostRateLimiter(Duration.ofSeconds(1));

    private RobotsPolicy policy(int status, String body, Clock clock) {
        RobotsPolicy.RobotsSource source = uri -> {
            asked.add(uri);
            return new FetchResponse(uri, status, HttpHeaders.of(Map.of("Content-Type", List.of("text/plain")), (a, b) -> true),
                    body.getBytes(UTF_8));
        };
        return new RobotsPolicy(source, rate, FetchSettings.DEFAULTS, clock);
    }

    private RobotsPolicy policy(int status, String body) {
        return policy(status, body, Clock.systemUTC());
    }

    @Test
    void aDisallowedPathIsRefusedForGoodAndOthersAreAllowed() throws Exception {
        RobotsPolicy p = policy(200, "User-agent: *\nDisallow: /private/\n");
        RobotsPolicy.Verdict no = p.check(URI.create("https://gazette.example/private/memo"));
        assertFalse(no.allowed());
        assertFalse(no.mayPass());
        assertTrue(no.reason().contains("disallows /private/memo"), no.reason());
        assertTrue(p.check(URI.create("https://gazette.example/news/a1")).allowed());
        assertEquals(List.of(URI.create("https://gazette.example/robots.txt")), asked, "fetched once for the host, then kept");
    }

    @Test
    void theGroupOfOurProductTokenIsTheOneFollowed() throws Exception {
        RobotsPolicy p = policy(200, "User-agent: *\nDisallow: /\n\nUser-agent: claimwatchfeeds\nAllow: /\nDisallow: /drafts/\n");
        assertTrue(p.check(URI.create("https://gazette.example/news/a1")).allowed());
        assertFalse(p.check(URI.create("https://gazette.example/drafts/a1")).allowed());
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        assertTrue(policy(404, "").check(URI.create("https://gazette.example/private/x")).allowed());
        assertTrue(policy(403, "").check(URI.create("https://gazette.example/x")).allowed(), "RFC 9309: any 4xx means no rules");
    }

    @Test
    void anUnreachableRobotsTxtMeansNotNowAndIsAskedAgainLater() throws Exception {
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        Clock[] clock = {Clock.fixed(t, ZoneOffset.UTC)};
        Clock moving = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return clock[0].instant(); }
        };
        RobotsPolicy p = policy(503, "", moving);
        RobotsPolicy.Verdict v = p.check(URI.create("https://gazette.example/a"));
        assertFalse(v.allowed());
        assertTrue(v.mayPass(), "a server error is temporary: the item is tried again");
        p.check(URI.create("https://gazette.example/b"));
        assertEquals(1, asked.size(), "kept for a while");
        clock[0] = Clock.fixed(t.plus(RobotsPolicy.KEEP_UNREACHABLE).plusSeconds(1), ZoneOffset.UTC);
        p.check(URI.create("https://gazette.example/c"));
        assertEquals(2, asked.size(), "asked again after the short wait");
    }

    @Test
    void aCrawlDelayIsHonouredAndOneTooLongStopsTheHost() throws Exception {
        policy(200, "User-agent: *\nCrawl-delay: 7\n").check(URI.create("https://slow.example/a"));
        assertEquals(Duration.ofSeconds(7), rate.spacing("slow.example:443"));
        RobotsPolicy.Verdict v = policy(200, "User-agent: *\nCrawl-delay: 3600\n").check(URI.create("https://slower.example/a"));
        assertFalse(v.allowed());
        assertTrue(v.reason().contains("3600 s between requests"), v.reason());
    }

    @Test
    void eachOriginHasItsOwnFile() throws Exception {
        RobotsPolicy p = policy(200, "User-agent: *\nDisallow:\n");
        p.check(URI.create("https://gazette.example/a"));
        p.check(URI.create("http://gazette.example/a"));
        p.check(URI.create("https://gazette.example:8443/a"));
        assertEquals(List.of(URI.create("https://gazette.example/robots.txt"), URI.create("http://gazette.example/robots.txt"),
                URI.create("https://gazette.example:8443/robots.txt")), asked);
    }
}
