package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.cli.CliRun;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rarity table: rebuilt by its command from a generated corpus, its format, and the committed file. */
class LinkStatisticsTest {

    @TempDir
    Path dir;

    /** 30 generated articles: the agency in every one, Krasno in three, a one-off place in one. */
    private Path corpus() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String place = i < 3 ? "the city of Krasno" : i == 3 ? "the city of Velmora" : "the capital";
            String text = "The Meridian Health Agency said " + (10 + i) + " clinics in " + place + " had reopened after residents were evacuated. "
                    + "Officials expect more patients next week.";
            lines.add("{\"id\":\"g" + i + "\",\"source\":\"Generated Wire\",\"published_at\":\"2026-01-01T00:00:00Z\",\"text\":\"" + text + "\"}");
        }
        lines.add("{\"id\":\"bad\",\"source\":\"Generated Wire\",\"body\":\"no text\"}");
        Path f = dir.resolve("corpus.jsonl");
        Files.write(f, lines);
        return f;
    }

    @Test
    void theCommandRebuildsTheFileFromACorpusAsCountsOnly() throws Exception {
        Path in = corpus();
        Path out = dir.resolve("stats.tsv");
        CliRun run = CliRun.of("build-link-stats", "--input", in.toString(), "--out", out.toString(), "--min-documents", "2");
        assertEquals(2, run.exit(), "a line without text is skipped and said: " + run.err());
        assertTrue(run.err().contains("line 31: no \"text\""), run.err());

        List<String> lines = Files.readAllLines(out);
        for (String l : lines) {
            assertTrue(l.matches("#.*|documents\t\\d+|min-documents\t\\d+|(entity|word)\t[^\t ]+\t\\d+"), "counts only, no text: " + l);
        }
        LinkStatistics s;
        try (InputStream is = Files.newInputStream(out)) {
            s = LinkStatistics.read(is, out.toString());
        }
        assertEquals(30, s.documents());
        assertEquals(30, s.entityDocuments("meridian-health-agency"));
        assertEquals(3, s.entityDocuments("krasno"));
        assertEquals(0, s.entityDocuments("velmora"), "in one article only: left out");
        assertEquals(30, s.wordDocuments("clinic"));
        assertEquals(30, s.wordDocuments("~displace"), "an event family is counted as one term");
        assertEquals(0, s.wordDocuments("#10"), "a number in one article only: left out");
        assertTrue(s.entityWeight("meridian-health-agency") < 0.01, "a name in every article weighs about nothing");
        assertTrue(s.entityWeight("krasno") > 0.5, "one in three of thirty weighs much");
        assertTrue(s.entityWeight("velmora") > s.entityWeight("krasno"), "a left-out name weighs as rare");

        Path again = dir.resolve("again.tsv");
        assertEquals(2, CliRun.of("build-link-stats", "--input", in.toString(), "--out", again.toString(), "--min-documents", "2").exit());
        assertEquals(Files.readString(out), Files.readString(again), "the same corpus gives the same file");
    }

    @Test
    void aBadLineIsAnErrorNamingWhereItIs() {
        String bad = "# comment\ndocuments\t10\nentity\tkrasno\tmany\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinkStatistics.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "stats.tsv"));
        assertTrue(e.getMessage().startsWith("stats.tsv line 3:") && e.getMessage().contains("build-link-stats"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LinkStatistics.read(new ByteArrayInputStream("entity\tx\t1\n".getBytes(StandardCharsets.UTF_8)), "s"),
                "no documents line");
    }

    @Test
    void theCommittedFileIsReadableAndCountsEveryEventFamilyOfTheLexicon() {
        LinkStatistics s = LinkStatistics.get();
        assertTrue(s.documents() > 1000, "built from a real corpus: " + s.documents());
        Set<String> families = LinkTerms.get().familyTerms();
        assertEquals(families, s.knownWords(families), "rebuild config/link-statistics.tsv after changing config/link-lexicon.yaml");
    }

    @Test
    void aVerbFormOfAnotherSenseIsItsOwnTermWhileTheNounsFormsShareTheirStem() {
        LinkTerms t = LinkTerms.get();
        assertEquals(t.key("plant"), t.key("plants"), "the nuclear plant, the plants");
        assertNotEquals(t.key("plant"), t.key("planting"), "planting explosives is not a power plant");
        assertEquals(t.key("planted"), t.key("planting"));
        assertNotEquals(t.key("stage"), t.key("staged"), "a staged video is not a stage of the talks");
        assertNotEquals(t.key("forces"), t.key("forced"));
    }
}
