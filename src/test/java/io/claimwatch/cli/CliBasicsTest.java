package io.claimwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Usage errors, plain-text ingestion and the alerts line format. */
class CliBasicsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anUnknownCommandIsAnErrorWithOrWithoutHelp() {
        for (String[] args : new String[][] {{"nosuch"}, {"nosuch", "--help"}, {"subscriptions", "extra", "--help"}}) {
            CliRun r = CliRun.of(args);
            String unknown = args[0].equals("nosuch") ? "nosuch" : "extra";
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("Unmatched argument") && r.err().contains("'" + unknown + "'"), r.err());
        }
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Usage: claimwatch"));
    }

    @Test
    void aPlainTextFileIsSentWithoutAnyLocalPath() throws Exception {
        ArticleFiles.FileRecords f = ArticleFiles.parse(Path.of("/home/someone/notes/city_budget.txt"), "city_budget.txt",
                "The council said the budget gap was closed.", "local-files", Instant.parse("2026-03-11T10:00:00Z"),
                new io.claimwatch.model.ArticleParser(io.claimwatch.model.ArticleParser.DEFAULT_MAX_BYTES));
        assertEquals(null, f.problem(), "a plain-text file passes the job's own validation");
        assertEquals(1, f.records().size());
        JsonNode r = JSON.readTree(f.records().get(0));
        assertFalse(r.has("url"), "no url: " + r);
        assertFalse(r.has("id"), "the id is left to the contract's rule (hash of the text): " + r);
        assertFalse(r.toString().contains("/home/someone"), r.toString());
        assertEquals("city budget", r.get("title").asText());
        assertEquals("local-files", r.get("source").asText());
        assertEquals("2026-03-11T10:00:00Z", r.get("published_at").asText());
    }

    @Test
    void anAlertLineShowsArticleIdsAndUrlsAndNoEscapeSequences() throws Exception {
        JsonNode a = JSON.readTree("{\"time\":\"2026-03-02T11:15:00Z\",\"type\":\"counterclaim\",\"subscription_id\":\"desk\","
                + "\"summary\":\"Counterclaim by Oleg Strand: \\u001b[2J\\u001b]0;x\\u0007denied\\u0007 it\","
                + "\"article_ids\":[\"bw-002\"],\"urls\":[\"https://balticwire.example/a\"]}");
        assertEquals("2026-03-02T11:15:00Z [counterclaim] desk: Counterclaim by Oleg Strand: denied it | article bw-002 | "
                + "https://balticwire.example/a", AlertsCommand.line(a));
        JsonNode link = JSON.readTree("{\"time\":\"t\",\"type\":\"contested\",\"subscription_id\":\"s\",\"summary\":\"x\","
                + "\"article_ids\":[\"a1\",\"a2\"],\"urls\":[\"https://a.example/1\",\"https://b.example/2\"]}");
        assertTrue(AlertsCommand.line(link).endsWith("| articles a1, a2 | https://a.example/1 https://b.example/2"), AlertsCommand.line(link));
    }
}
