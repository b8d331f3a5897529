package io.claimwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command's output format: the evaluation scorer's, one JSON object per article. */
class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines, String err) {}

    private Run analyze(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(r.exit(), lines, r.err());
    }

    @Test
    void plainTextAndJsonArticlesGiveOneObjectEachWithEverySentenceAndValidOffsets() throws Exception {
        String text = "Kyiv residents queued for water on Sunday.\nLeave a Reply\n"
                + "Mayor Anna Kovalenko said pumps would restart. Kovalenko gave no date.\n";
        Files.writeString(dir.resolve("story_one.txt"), text);
        Files.writeString(dir.resolve("more.jsonl"), "{\"id\":\"a-7\",\"text\":\"NATO met in Brussels.\"}\n");

        Run run = analyze("analyze", dir.resolve("story_one.txt").toString(), dir.resolve("more.jsonl").toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals(2, run.lines().size());
        JsonNode first = run.lines().get(0);
        assertEquals("story_one", first.get("id").asText(), "a text file's id is its base name");
        assertEquals("a-7", run.lines().get(1).get("id").asText(), "a JSON article's id is its own");
        JsonNode statements = first.get("statements");
        assertEquals(3, statements.size(), "every sentence, and the comment prompt left out: " + statements);
        for (JsonNode s : statements) {
            assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
            assertTrue(List.of("claim", "counterclaim", "none").contains(s.get("label").asText()), s.toString());
            assertTrue(s.get("score").asDouble() >= 0 && s.get("score").asDouble() <= 1, s.toString());
            assertTrue(s.get("id").asText().startsWith("s"));
        }
        boolean person = false;
        for (JsonNode e : first.get("entities")) {
            assertTrue(List.of("PERSON", "ORG", "LOC").contains(e.get("type").asText()));
            assertTrue(e.get("id").asText().matches("[a-z0-9-]+"));
            for (JsonNode m : e.get("mentions")) {
                assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
            }
            person |= e.get("id").asText().equals("anna-kovalenko") && e.get("mentions").size() == 2;
        }
        assertTrue(person, "Anna Kovalenko and Kovalenko are one person: " + first.get("entities"));
        assertEquals("Anna Kovalenko", statements.get(1).get("claimer").asText(), "\"Mayor Anna Kovalenko said\": " + statements.get(1));
        assertEquals("said", statements.get(1).get("cue").asText());
    }

    @Test
    void offsetsCountCharactersAsJsonReadersDoWhenATweetPastesEmoji() throws Exception {
        // A flag (two code points, four UTF-16 units) and a link symbol before the sentences, as pasted tweets bring.
        String text = "\uD83C\uDDFA\uD83C\uDDE6 Support Ukraine \uD83D\uDD17 pic.twitter.com/x\n"
                + "Mayor Anna Kovalenko said pumps would restart in Kharkiv. Kovalenko gave no date.\n";
        Files.writeString(dir.resolve("tweet.txt"), text);

        Run run = analyze("analyze", dir.resolve("tweet.txt").toString());

        assertEquals(0, run.exit(), run.err());
        int[] chars = text.codePoints().toArray();
        JsonNode doc = run.lines().get(0);
        int checked = 0;
        for (JsonNode s : doc.get("statements")) {
            assertEquals(s.get("text").asText(), new String(chars, s.get("start").asInt(), s.get("end").asInt() - s.get("start").asInt()));
            checked++;
        }
        for (JsonNode e : doc.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertEquals(m.get("text").asText(), new String(chars, m.get("start").asInt(), m.get("end").asInt() - m.get("start").asInt()));
                checked++;
            }
        }
        assertTrue(checked >= 4, "statements and mentions after the emoji: " + doc);
    }

    @Test
    void sentencesModeScoresEveryLineInOrder() throws Exception {
        Files.writeString(dir.resolve("lines.txt"), "Unemployment fell to 3.5 percent in 2019, the lowest in 50 years.\n"
                + "Thank you all for coming tonight.\n\nThe ministry denied the report, calling it fabricated.\n");

        Run run = analyze("analyze", "--sentences", dir.resolve("lines.txt").toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals(4, run.lines().size(), "one line out per line in, blank ones too");
        assertTrue(run.lines().get(0).get("score").asDouble() > run.lines().get(1).get("score").asDouble(),
                "a figure with a year is more check-worthy than thanks: " + run.lines());
        assertEquals("claim", run.lines().get(0).get("label").asText());
        assertEquals("none", run.lines().get(1).get("label").asText());
        assertEquals("counterclaim", run.lines().get(3).get("label").asText());
    }

    @Test
    void linksModeWritesTheContestedClaimsAcrossOutlets() throws Exception {
        Files.writeString(dir.resolve("pair.jsonl"),
                "{\"id\":\"a\",\"source\":\"First Wire\",\"published_at\":\"2026-03-01T08:00:00Z\",\"text\":"
                        + "\"Governor Petra Lind said shelling cut power to 40,000 homes in Karvisk on Monday.\"}\n"
                        + "{\"id\":\"b\",\"source\":\"Second Daily\",\"published_at\":\"2026-03-01T12:00:00Z\",\"text\":"
                        + "\"The Kestrian army denied that shelling had cut power to homes in Karvisk, calling the report propaganda.\"}\n");
        Path out = dir.resolve("links.jsonl");

        Run run = analyze("analyze", "--links", out.toString(), dir.resolve("pair.jsonl").toString());

        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1, lines.size(), run.err());
        JsonNode link = JSON.readTree(lines.get(0));
        assertEquals("a", link.get("claim").get("article_id").asText());
        assertEquals("b", link.get("counterclaim").get("article_id").asText());
        assertTrue(link.get("reason").asText().contains("“Karvisk”"), "the evidence as written: " + link);
    }

    @Test
    void aMissingFileOrAJsonArticleWithoutTextIsReportedAndSkipped() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"id\":\"x\",\"body\":\"no text field\"}");
        Files.writeString(dir.resolve("good.txt"), "Officials in Odesa said the port reopened.");

        Run run = analyze("analyze", dir.resolve("bad.json").toString(), dir.resolve("missing.txt").toString(),
                dir.resolve("good.txt").toString());

        assertEquals(2, run.exit(), "exit 2: some inputs skipped");
        assertEquals(1, run.lines().size());
        assertTrue(run.err().contains("bad.json record 1: no \"text\" (or \"html\") field"), run.err());
        assertTrue(run.err().contains("missing.txt: no such file or folder"), run.err());
    }
}
