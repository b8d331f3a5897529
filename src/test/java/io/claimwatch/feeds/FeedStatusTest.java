package io.claimwatch.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed's status as stored on its topic and as `claimwatch status` shows it. */
class FeedStatusTest {

    private static final FeedSpec FEED = new FeedSpec("https://gazette.example/rss", URI.create("https://gazette.example/rss"),
            "Harbour Gazette", Duration.ofMinutes(10));

    @Test
    void itSurvivesTheTopicAndShowsPollSentAndLastError() {
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        FeedStatus s = FeedStatus.initial(FEED).withItemsSent(40)
                .polled(t, "200, 25 items, 3 new: 2 sent, 1 skipped", 2, new Validators("\"v7\"", null), t.plusSeconds(600), "host-a pid 12")
                .withError(t, "'Gallery' <https://gazette.example/g>: its page is not an article: 6 words");
        FeedStatus back = FeedStatus.fromJson(s.toJson());
        assertEquals(s, back);
        assertEquals(List.of(
                "Harbour Gazette  https://gazette.example/rss",
                "  last poll 2026-03-02T08:00:00Z: 200, 25 items, 3 new: 2 sent, 1 skipped; 42 items sent; next poll 2026-03-02T08:10:00Z (host-a pid 12)",
                "  last error 2026-03-02T08:00:00Z: 'Gallery' <https://gazette.example/g>: its page is not an article: 6 words"),
                back.describe());
    }

    @Test
    void aFeedNeverPolledSaysSoAndStrayBytesAreNoStatus() {
        assertEquals("  last poll never; 0 items sent", FeedStatus.initial(FEED).describe().get(1));
        assertNull(FeedStatus.fromJson("not json".getBytes()));
    }
}
