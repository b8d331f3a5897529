package io.claimwatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.StatementLabel;
import io.claimwatch.nlp.AliasDirectory;
import io.claimwatch.nlp.EntityDirectory;
import io.claimwatch.nlp.EntityNameResolver;
import io.claimwatch.nlp.KnownEntity;
import io.claimwatch.nlp.entities.AliasTable;
import io.claimwatch.nlp.entities.EntityKnowledge;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names in subscriptions become the ids the pipeline matches on, or are refused with the closest known names. */
class SubscriptionNamesTest {

    /** Stands in for the indexed entities and claimers (invented). */
    private static final class Indexed implements EntityDirectory {
        final Map<String, KnownEntity> entities = new LinkedHashMap<>();

        Indexed add(String id, String name, String type, long articles) {
            entities.put(id, new KnownEntity(id, name, type, articles));
            return this;
        }

        @Override
        public Map<String, KnownEntity> byIds(Collection<String> ids) {
            Map<String, KnownEntity> out = new LinkedHashMap<>();
            ids.stream().filter(entities::containsKey).forEach(id -> out.put(id, entities.get(id)));
            return out;
        }

        @Override
        public List<KnownEntity> near(String text, int max) {
            return List.copyOf(entities.values());
        }

        @Override
        public String claimer(String phrase) {
            return phrase.equalsIgnoreCase("western analysts") ? "Western analysts" : null;
        }

        @Override
        public List<String> claimersNear(String text, int max) {
            return List.of("Western analysts", "local officials");
        }
    }

    private static final Indexed INDEXED = new Indexed()
            .add("eastbrook", "Eastbrook", "LOC", 2)
            .add("eastbrook-city-council", "Eastbrook City Council", "ORG", 4)
            .add("halvard-mining-grup", "Halvard Mining Group", "ORG", 4)
            .add("karvisk", "Karvisk", "LOC", 4);

    private static final SubscriptionNames NAMES = new SubscriptionNames(
            new EntityNameResolver(AliasTable.load(), List.of(AliasDirectory.load(), INDEXED)), () -> EntityKnowledge.get().gazetteer());

    private static Subscription watching(List<String> entities, List<String> claimers) {
        return new Subscription("desk", "", entities, claimers, List.of(), List.of(StatementLabel.CLAIM), 0, 0.9,
                List.copyOf(EnumSet.allOf(AlertType.class)), Subscription.DEFAULT_TOPIC, 0);
    }

    @Test
    void namesAndIdsResolveToTheIdsArticlesCarry() {
        SubscriptionNames.Outcome o = NAMES.resolve(watching(
                List.of("Eastbrook", "halvard mining group", "Poutine", "Zelenskyy", "karvisk", "Halvard Mining Group"), List.of()), false);
        assertTrue(o.ok(), o.problems().toString());
        assertEquals(List.of("eastbrook", "halvard-mining-grup", "vladimir-putin", "volodymyr-zelensky", "karvisk"),
                o.subscription().entities(), "resolved, in order, each once");
        assertEquals("vladimir-putin", o.resolved().get("Poutine"));
        assertEquals("eastbrook", o.resolved().get("Eastbrook"));
        assertFalse(o.resolved().containsKey("karvisk"), "an id given as an id is not a resolution");
        assertTrue(o.notes().stream().anyMatch(n -> n.contains("'Poutine'") && n.contains("Vladimir Putin (vladimir-putin, PERSON")),
                o.notes().toString());
    }

    @Test
    void claimersResolveToEntityIdsOrKnownClaimerPhrases() {
        SubscriptionNames.Outcome o = NAMES.resolve(watching(List.of(), List.of("Eastbrook City Council", "western analysts")), false);
        assertTrue(o.ok(), o.problems().toString());
        assertEquals(List.of("eastbrook-city-council", "Western analysts"), o.subscription().claimers());
    }

    @Test
    void anUnknownNameIsRefusedWithTheClosestKnownNames() {
        SubscriptionNames.Outcome o = NAMES.resolve(watching(List.of("Eastbrok", "Zelenksy", "Qwxzv"), List.of("Westren analysts")), false);
        assertFalse(o.ok());
        assertEquals(4, o.problems().size(), o.problems().toString());
        String eastbrok = o.problems().get(0);
        assertTrue(eastbrok.startsWith("entities: 'Eastbrok' is not a known entity"), eastbrok);
        assertTrue(eastbrok.indexOf("Eastbrook (eastbrook, LOC, 2 articles)") < eastbrok.indexOf("Eastbrook City Council"), eastbrok);
        assertTrue(o.problems().get(1).contains("closest known: Volodymyr Zelensky (volodymyr-zelensky, PERSON)"), o.problems().get(1));
        assertTrue(o.problems().get(2).contains("no known name is close"), o.problems().get(2));
        assertTrue(o.problems().get(3).startsWith("claimers: 'Westren analysts'") && o.problems().get(3).contains("\"Western analysts\""),
                o.problems().get(3));
    }

    @Test
    void anUnseenNameCanBeKeptAsTheIdItWillGet() {
        SubscriptionNames.Outcome o = NAMES.resolve(watching(List.of("Mykhaylo Fedorovich", "Strasbourg"), List.of("Nobody Yet")), true);
        assertTrue(o.ok());
        assertEquals(List.of("mikhailo-fedorovich", "strasbourg"), o.subscription().entities(),
                "the spelling key's slug for an unlisted name, the gazetteer name's slug for a place");
        assertEquals(List.of("Nobody Yet"), o.subscription().claimers());
        assertTrue(o.notes().get(0).contains("not known yet"), o.notes().toString());
    }

    @Test
    void theResolutionTravelsWithTheSubscriptionAndTheJobAcceptsIt() {
        SubscriptionNames.Outcome o = NAMES.resolve(watching(List.of("Poutine"), List.of()), false);
        String json = SubscriptionParser.toJson(o.subscription(), o.resolved()).toString();
        SubscriptionParser.Result back = SubscriptionParser.parse(json);
        assertTrue(back.ok(), back.problems().toString());
        assertEquals(o.subscription(), back.subscription());
        assertEquals(Map.of("Poutine", "vladimir-putin"), back.resolved());
        assertFalse(SubscriptionParser.parse("{\"id\":\"x\",\"labels\":[\"claim\"],\"resolved\":{\"a\":1}}").ok());
    }
}
