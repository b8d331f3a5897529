package io.claimwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad subscription is refused before anything is sent (no broker is reachable here: none is needed). */
class SubscribeCommandTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        CliRun r = CliRun.of(args);
        return new String[] {Integer.toString(r.exit()), r.out(), r.err()};
    }

    @Test
    void badFlagsAreRefusedWithEveryProblemNamed() {
        String[] r = run("subscribe", "--bootstrap-servers", "127.0.0.1:1", "--id", "desk 1", "--entity", "kyiv", "--min-score", "3",
                "--type", "weather");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("id:") && r[2].contains("min_score:") && r[2].contains("types:"), r[2]);
        assertTrue(r[2].contains("Nothing was sent"), r[2]);
    }

    @Test
    void aFileWithOneBadSubscriptionSendsNone() throws Exception {
        Path f = dir.resolve("subs.yaml");
        Files.writeString(f, "- id: good\n  entities: [kyiv]\n- id: bad\n  labels: [rumour]\n  entities: [kyiv]\n");
        String[] r = run("subscribe", "--bootstrap-servers", "127.0.0.1:1", "--file", f.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("subscription 'bad' refused") && r[2].contains("rumour"), r[2]);
        assertTrue(r[1].isEmpty(), "nothing saved: " + r[1]);
    }

    /** A job file whose Elasticsearch nobody listens on: names are checked against the alias table only. */
    private Path noElasticsearch() throws Exception {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "elasticsearch:\n  hosts: [ \"http://127.0.0.1:1\" ]\n");
        return job;
    }

    @Test
    void aNameIsResolvedWhenTheSubscriptionIsSaved() throws Exception {
        CliRun r = CliRun.of("subscribe", "--job", noElasticsearch().toString(), "--dry-run", "--id", "kremlin", "--entity", "Poutine",
                "--claimer", "Zelenskyy");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"entities\":[\"vladimir-putin\"]") && r.out().contains("\"claimers\":[\"volodymyr-zelensky\"]"), r.out());
        assertTrue(r.out().contains("\"resolved\":{\"Poutine\":\"vladimir-putin\",\"Zelenskyy\":\"volodymyr-zelensky\"}"), r.out());
        assertTrue(r.out().contains("entity 'Poutine' is Vladimir Putin (vladimir-putin, PERSON)"), r.out());
        assertTrue(r.err().contains("alias table only"), "says the index was not checked: " + r.err());
    }

    @Test
    void anUnknownNameIsRefusedWithSuggestionsAndNothingIsSent() throws Exception {
        CliRun r = CliRun.of("subscribe", "--job", noElasticsearch().toString(), "--bootstrap-servers", "127.0.0.1:1", "--id", "kyiv-desk",
                "--entity", "Zelenksy");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("'Zelenksy' is not a known entity") && r.err().contains("Volodymyr Zelensky (volodymyr-zelensky"), r.err());
        assertTrue(r.err().contains("Nothing was sent"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }
}
