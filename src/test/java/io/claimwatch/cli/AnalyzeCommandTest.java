package io.claimwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            exit = Main.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : o.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(exit, lines, e.toString(StandardCharsets.UTF_8));
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
            assertEquals("none", s.get("label").asText());
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
