package io.claimwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.ArticleIds;
import io.claimwatch.model.InputLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchInputTest {

    private static String record(String url, String text) {
        return "{\"url\":\"" + url + "\",\"source\":\"Test Wire\",\"title\":\"A story\",\"published_at\":\"2026-03-01T10:00:00Z\","
                + "\"text\":\"" + text + "\"}";
    }

    private static String story(int n) {
        return "The mayor of Eastbrook said on Monday that " + n + " families had been moved from the river district. "
                + "The council denied that the bridge had been closed for " + (n + 7) + " days, calling the report baseless. "
                + "Officials in Karvisk counted " + (n * 3) + " buses at the border crossing on Tuesday morning.";
    }

    @Test
    void keepsTheFirstArticlesTheJobWouldAnalyseAndCountsTheRest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("news.jsonl");
        Files.write(file, List.of(
                record("https://a.example/1", story(1)),
                "not json at all",
                record("https://a.example/1", story(1)),          // the same URL again
                record("https://b.example/copy", story(1)),       // the same words under another URL
                "",
                record("https://a.example/2", story(2)),
                record("https://a.example/3", story(3))));
        BenchInput.Loaded loaded = BenchInput.load(file, 2, InputLimits.DEFAULTS, 0.8, n -> { });
        assertEquals(2, loaded.articles().size(), "stops at --articles");
        assertEquals(ArticleIds.articleId(null, "https://a.example/1", null), loaded.articles().get(0).id(), "the id the job gives it");
        assertEquals(5, loaded.records(), "blank lines are not records; reading stops once enough are kept");
        assertEquals(1, loaded.invalid());
        assertEquals(2, loaded.duplicates());
        assertTrue(loaded.problems().get(0).startsWith("line 2: NOT_JSON"), loaded.problems().toString());
        assertTrue(loaded.articles().get(1).text().contains(" 2 families"));
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        var e = assertThrows(java.nio.file.NoSuchFileException.class,
                () -> BenchInput.load(dir.resolve("nope.jsonl"), 10, InputLimits.DEFAULTS, 0.8, n -> { }));
        assertTrue(e.getMessage().contains("nope.jsonl"));
    }
}
