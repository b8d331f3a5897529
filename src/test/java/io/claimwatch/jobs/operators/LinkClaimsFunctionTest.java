package io.claimwatch.jobs.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.KeyedStatement;
import io.claimwatch.model.RejectedContent;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** Late articles: a backdated claim and its counterclaim still link while they are inside the allowed lateness. */
class LinkClaimsFunctionTest {

    private static final long HOUR = 3_600_000L;
    private static final Duration WINDOW = Duration.ofHours(2);

    /** Claims say the bridge at Velna was retaken; counterclaims reject exactly that (the committed statistics weigh them). */
    private static StatementRef ref(String id, String source, long atHours, StatementLabel label, String claimer) {
        List<String> terms = List.of("~capture", "villag", "bridg", "tollgat");
        List<String> forms = List.of("retook", "village", "bridge", "tollgate");
        RejectedContent rejected = label == StatementLabel.COUNTERCLAIM
                ? new RejectedContent("that it retook the village bridge at Velna", null, List.of("~capture", "villag", "bridg", "tollgat", "@velna"),
                        List.of("retook", "village", "bridge", "tollgate", "Velna"), 5, List.of(), List.of("~capture"))
                : null;
        return new StatementRef(id, id.split(":")[0], source, "https://x.example/" + id, atHours * HOUR, label, 0.9, claimer, claimer,
                "text of " + id, List.of(claimer, "velna"), terms, forms, rejected, List.of());
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, KeyedStatement, ContestedLink> harness(int maxLinks) throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(new LinkClaimsFunction(WINDOW, WINDOW, maxLinks),
                KeyedStatement::key, Types.STRING);
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, KeyedStatement, ContestedLink> h, StatementRef r)
            throws Exception {
        h.processElement(new KeyedStatement("velna", r), r.publishedAt());
    }

    @Test
    void aBackdatedClaimAndCounterclaimLinkInBothOrders() throws Exception {
        for (boolean claimFirst : new boolean[] {true, false}) {
            try (var h = harness(20)) {
                send(h, ref("now:0", "Wire", 100, StatementLabel.CLAIM, "ostia"));
                h.processWatermark(100 * HOUR); // the stream is at hour 100
                // Published 3 h before the newest article: behind by more than the 2 h window, within the lateness.
                StatementRef claim = ref("old:0", "First Wire", 97, StatementLabel.CLAIM, "valdoria");
                StatementRef counter = ref("older:0", "Second Daily", 97, StatementLabel.COUNTERCLAIM, "kestria");
                send(h, claimFirst ? claim : counter);
                send(h, claimFirst ? counter : claim);
                List<ContestedLink> links = h.extractOutputValues();
                assertEquals(1, links.size(), (claimFirst ? "claim first" : "counterclaim first") + ": " + links);
                assertEquals("old:0", links.get(0).claim().id());
            }
        }
    }

    @Test
    void statementsExpireOnceTheWatermarkIsAWindowPlusTheLatenessPastThem() throws Exception {
        try (var h = harness(20)) {
            send(h, ref("a:0", "First Wire", 10, StatementLabel.CLAIM, "valdoria"));
            h.processWatermark(10 * HOUR + 4 * HOUR); // window 2 h + lateness 2 h later: gone
            send(h, ref("b:0", "Second Daily", 11, StatementLabel.COUNTERCLAIM, "kestria"));
            assertTrue(h.extractOutputValues().isEmpty(), "the expired claim is no longer kept");
            assertEquals(0, h.numKeyedStateEntries() - 1, "only the new counterclaim's list remains");
        }
    }

    @Test
    void oneStatementMakesAtMostTheCappedNumberOfLinksTheBestFirst() throws Exception {
        try (var h = harness(3)) {
            for (int i = 0; i < 10; i++) {
                send(h, ref("c" + i + ":0", "Outlet " + i, 1, StatementLabel.CLAIM, "claimer" + i));
            }
            send(h, ref("d:0", "Other Daily", 2, StatementLabel.COUNTERCLAIM, "kestria"));
            List<ContestedLink> links = new ArrayList<>(h.extractOutputValues());
            assertEquals(3, links.size());
        }
    }
}
