package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.ArticleIds;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Web pages through the enrich job: the article and its metadata come from the page. */
@ExtendWith(SharedStack.class)
@Timeout(value = 240)
class HtmlArticleIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BODY = "<p>The harbour authority of Eastbrook said on Monday that the northern pier would close "
            + "for repairs in March, after inspectors found corrosion in the steel supports.</p>"
            + "<figure><img src=\"pier.jpg\"><figcaption>The pier at low tide. (Photo by Jane Roe/Herald)</figcaption></figure>"
            + "<p>Ferries will dock at the southern pier while the work goes on, the authority said, adding that no "
            + "sailings would be cancelled during the spring festival.</p>";

    @Test
    void anHtmlRecordWithoutTitleDateOrUrlIsEnrichedWithThoseOfThePage() throws Exception {
        PipelineHarness run = new PipelineHarness("html-meta");
        String page = "<html><head><title>Pier to close | Eastbrook Herald</title>"
                + "<meta property=\"article:published_time\" content=\"2026-02-16T09:15:00+01:00\">"
                + "<link rel=\"canonical\" href=\"https://herald.example/news/pier\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<article><h1>Pier to close</h1>" + BODY + "</article>"
                + "<div class=\"newsletter-signup\"><p>Sign up for our morning briefing.</p></div>"
                + "<section class=\"comments\"><p>Leave a Reply</p></section></body></html>";
        ObjectNode html = JSON.createObjectNode().put("source", "Eastbrook Herald").put("html", page);
        // A plain-text record without url: allowed for every record; its id is a hash of its text.
        String text = "The ferry company said on Tuesday that timetables would change by about ten minutes.";
        ObjectNode plain = JSON.createObjectNode().put("source", "Ferry Wire").put("title", "Timetables change")
                .put("published_at", "2026-02-17T08:00:00Z").put("text", text);
        run.produce(List.of(html.toString(), plain.toString()));

        run.runBounded();

        String pageId = ArticleIds.hash(ArticleIds.normaliseUrl("https://herald.example/news/pier"));
        Map<String, JsonNode> enriched = TestKafka.readCommitted(run.enrichedTopic()).stream()
                .map(HtmlArticleIT::json).collect(Collectors.toMap(e -> e.get("id").asText(), Function.identity()));
        JsonNode rec = enriched.get(pageId);
        assertNotNull(rec, "the page's id is the hash of its canonical URL: " + enriched.keySet());
        for (JsonNode doc : List.of(rec, TestElasticsearch.get(run.articlesIndex(), pageId))) {
            assertNotNull(doc);
            assertEquals("Pier to close", doc.get("title").asText());
            assertEquals("2026-02-16T08:15:00Z", doc.get("published_at").asText());
            assertEquals("https://herald.example/news/pier", doc.get("url").asText());
            assertTrue(doc.get("from_html").asBoolean());
            String body = doc.get("body").asText();
            assertTrue(body.startsWith("The harbour authority of Eastbrook") && body.contains("Ferries will dock"), body);
            for (String furniture : List.of("Home", "low tide", "Sign up", "Leave a Reply", "Pier to close")) {
                assertFalse(body.contains(furniture), furniture + " is not body: " + body);
            }
            assertEquals(2, doc.get("sentence_count").asInt());
        }

        JsonNode noUrl = TestElasticsearch.get(run.articlesIndex(), ArticleIds.hash(text));
        assertNotNull(noUrl, "a record without url is indexed under the hash of its text");
        assertTrue(noUrl.get("url").isNull());
        assertEquals(text, enriched.get(ArticleIds.hash(text)).get("body").asText());
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
