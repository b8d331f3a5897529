package io.claimwatch.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedsFileTest {

    @Test
    void theBundledFileIsValidAndFollowsNothing() throws Exception {
        FeedsFile.Contents c = FeedsFile.load(Path.of("config/feeds.yaml"));
        assertTrue(c.feeds().isEmpty(), "the demo and CI have no internet: nothing is followed by default");
        assertEquals(FetchSettings.DEFAULTS, c.fetch(), "the file documents the defaults it states");
    }

    @Test
    void feedsTakeTheDefaultIntervalAndTheirOwn() throws Exception {
        FeedsFile.Contents c = FeedsFile.parse("""
                interval: 20m
                feeds:
                  - url: https://gazette.example/rss
                    outlet: Harbour Gazette
                    interval: 90s
                  - url: https://courier.example/atom.xml
                    id: courier-world
                fetch:
                  host-interval: 2s
                  workers: 2
                """, "test");
        assertEquals(2, c.feeds().size());
        FeedSpec g = c.feeds().get(0);
        assertEquals("https://gazette.example/rss", g.id());
        assertEquals("Harbour Gazette", g.outlet());
        assertEquals(Duration.ofSeconds(90), g.interval());
        FeedSpec k = c.feeds().get(1);
        assertEquals("courier-world", k.id());
        assertNull(k.outlet());
        assertEquals(Duration.ofMinutes(20), k.interval());
        assertEquals(Duration.ofSeconds(2), c.fetch().hostInterval());
        assertEquals(2, c.fetch().workers());
    }

    @Test
    void everyProblemIsReportedWithWhereItIs() {
        FeedsFile.BadFeedsFile e = assertThrows(FeedsFile.BadFeedsFile.class, () -> FeedsFile.parse("""
                feeds:
                  - url: ftp://gazette.example/rss
                  - outlet: No url
                  - url: https://a.example/rss
                    interval: 5s
                  - url: https://b.example/rss
                    intervall: 5m
                  - url: https://b.example/rss
                fetch:
                  max-redirect: 3
                  workers: many
                """, "feeds.yaml"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("feeds[0].url: 'ftp://gazette.example/rss' is not an absolute http(s) URL"), all);
        assertTrue(all.contains("feeds[1].url: missing"), all);
        assertTrue(all.contains("feeds[2].interval: 5000 ms is shorter than the minimum of 10 s"), all);
        assertTrue(all.contains("feeds[3].intervall: unknown setting"), all);
        assertTrue(all.contains("feeds[4]: the feed https://b.example/rss is listed twice"), all);
        assertTrue(all.contains("fetch.max-redirect: unknown setting"), all);
        assertTrue(all.contains("fetch.workers: 'many' is not a whole number"), all);
        assertTrue(e.getMessage().startsWith("feeds.yaml: "), e.getMessage());
    }

    @Test
    void brokenYamlSaysWhere() {
        FeedsFile.BadFeedsFile e = assertThrows(FeedsFile.BadFeedsFile.class, () -> FeedsFile.parse("feeds:\n  - url: [unclosed\n", "f.yaml"));
        assertTrue(e.getMessage().contains("not valid YAML at line"), e.getMessage());
    }

    @Test
    void aMissingFileSaysHowToGiveOne() {
        FeedsFile.BadFeedsFile e = assertThrows(FeedsFile.BadFeedsFile.class, () -> FeedsFile.load(Path.of("no/such/feeds.yaml")));
        assertTrue(e.getMessage().contains("--feeds FILE"), e.getMessage());
    }
}
