package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisputeRuleTest {

    private static final long HOUR = 3_600_000L;
    private final DisputeRule rule = new DisputeRule(Duration.ofDays(7));

    private static StatementRef ref(String id, String source, long hours, StatementLabel label, String claimerId, List<String> entities,
            List<String> words) {
        return new StatementRef(id, id.split(":")[0], source, "https://x.example/" + id, hours * HOUR, label, 0.9,
                claimerId == null ? "article" : claimerId, claimerId, "text of " + id, entities, words);
    }

    private final StatementRef claim = ref("a:0", "First Wire", 0, StatementLabel.CLAIM, "valdoria", List.of("valdoria", "velna"),
            List.of("forces", "recapt", "village"));

    @Test
    void aDenialFromAnotherOutletSharingEntitiesAndWordsLinks() {
        StatementRef counter = ref("b:0", "Second Daily", 5, StatementLabel.COUNTERCLAIM, "kestria",
                List.of("kestria", "velna", "valdoria"), List.of("recapt", "village", "propag"));
        ContestedLink link = rule.link(claim, counter);
        assertNotNull(link);
        assertEquals(ContestedLink.idOf("a:0", "b:0"), link.id());
        assertTrue(link.reason().contains("names the claimer"), link.reason());
        assertEquals(List.of(link), rule.linksFor(claim, List.of(counter)), "a new claim finds the earlier counterclaim too");
    }

    @Test
    void theSameOutletAnotherTimeOrNothingButANameInCommonDoNotLink() {
        List<String> entities = List.of("velna");
        List<String> words = List.of("recapt", "village");
        assertNull(rule.link(claim, ref("b:0", "First Wire", 5, StatementLabel.COUNTERCLAIM, "kestria", entities, words)));
        assertNull(rule.link(claim, ref("b:0", "Second Daily", 24 * 8, StatementLabel.COUNTERCLAIM, "kestria", entities, words)));
        assertNull(rule.link(claim, ref("b:0", "Second Daily", 5, StatementLabel.COUNTERCLAIM, "kestria", entities, List.of("rain"))));
        assertNull(rule.link(claim, ref("b:0", "Second Daily", 5, StatementLabel.COUNTERCLAIM, "kestria", List.of("oster"), words)));
        assertNull(rule.link(claim, ref("b:0", "Second Daily", 5, StatementLabel.COUNTERCLAIM, "valdoria", entities, words)),
                "a claimer does not dispute itself");
    }

    @Test
    void theLinkerReportsALinkFoundUnderSeveralEntitiesOnce() {
        ContestedClaimLinker linker = new ContestedClaimLinker(Duration.ofDays(7));
        assertTrue(linker.add(claim).isEmpty());
        StatementRef counter = ref("b:0", "Second Daily", 5, StatementLabel.COUNTERCLAIM, "kestria",
                List.of("kestria", "velna", "valdoria"), List.of("recapt", "village"));
        assertEquals(1, linker.add(counter).size(), "shared under velna and valdoria, reported once");
    }
}
