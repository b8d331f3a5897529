package io.claimwatch.nlp.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.Entity;
import io.claimwatch.model.EntityType;
import io.claimwatch.model.Mention;
import io.claimwatch.nlp.ArticleAnalyzer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Canonical entities on invented news text, including names the alias table does not hold. */
class EntityAnnotatorTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static List<Entity> entities(String text) {
        List<Entity> list = ANALYZER.analyze(text).annotation().entities();
        for (Entity e : list) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m);
            }
        }
        return list;
    }

    private static Entity byId(List<Entity> list, String id) {
        return list.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private static Set<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).collect(Collectors.toSet());
    }

    @Test
    void aGivenNameBeforeAPlaceWordThatIsAlsoASurnameIsAPerson() {
        List<Entity> list = entities("On Thursday Fiona Hill testified for five hours, and the hikers crossed Eagle Hill at dawn.");
        assertEquals(EntityType.PERSON, list.stream().filter(e -> e.name().equals("Fiona Hill")).findFirst().orElseThrow().type());
        assertEquals(EntityType.LOC, list.stream().filter(e -> e.name().equals("Eagle Hill")).findFirst().orElseThrow().type());
    }

    @Test
    void aLawmakersPartyAndStateTagNamesTheStateAndNoPerson() {
        List<Entity> list = entities("Sen. Anna Berg (D-Minn.) and Rep. Ivo Marr (R-Texas) said the aid bill would pass, "
                + "and Rep. Lena Holt (D-N.Y.) agreed.");
        assertEquals(EntityType.LOC, byId(list, "minnesota").type(), list::toString);
        assertEquals(Set.of("Minn."), texts(byId(list, "minnesota")));
        assertNotNull(byId(list, "texas"), list::toString);
        assertNotNull(byId(list, "new-york"), list::toString);
        assertTrue(list.stream().noneMatch(e -> e.name().startsWith("R-") || e.name().startsWith("D-")), list::toString);
    }

    @Test
    void aSurnameAfterTheFullNameIsTheSamePersonEvenWhenNotInTheTable() {
        List<Entity> list = entities("Regional governor Taras Bondarchuk said on Tuesday that the bridge was hit.\n"
                + "Bondarchuk added that repairs would take weeks, and Bondarchuk’s office published photos.");
        Entity e = byId(list, "taras-bondarchuk");
        assertNotNull(e, list::toString);
        assertEquals(EntityType.PERSON, e.type());
        assertEquals(Set.of("Taras Bondarchuk", "Bondarchuk"), texts(e));
        assertEquals(3, e.mentions().size());
        assertEquals(1, list.stream().filter(x -> x.type() == EntityType.PERSON).count(), list::toString);
    }

    @Test
    void transliterationVariantsOfAnUnlistedNameMergeAndGiveTheSameIdInEveryArticle() {
        List<Entity> a = entities("Mayor Mykhailo Fedorovych said the water supply was restored.\n"
                + "Fedorovich later told reporters the pumps were running.");
        Entity one = a.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals(Set.of("Mykhailo Fedorovych", "Fedorovich"), texts(one));
        List<Entity> b = entities("Mayor Mykhaylo Fedorovich said on Friday that schools would reopen.");
        assertEquals(one.id(), b.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow().id());
    }

    @Test
    void tableAliasesCaseVariantsAndAcronymsLandOnOneId() {
        List<Entity> list = entities("Officials in Kiev said the convoy left kyiv at dawn.\n"
                + "The United States said it would send more aid, and the US embassy in Kyiv reopened.");
        Entity kyiv = byId(list, "kyiv");
        assertNotNull(kyiv, list::toString);
        assertEquals(EntityType.LOC, kyiv.type());
        assertEquals(Set.of("Kiev", "kyiv", "Kyiv"), texts(kyiv));
        Entity us = byId(list, "united-states");
        assertEquals(Set.of("United States", "US"), texts(us));
        assertEquals(EntityType.LOC, us.type(), "a country that acts is still a place");
    }

    @Test
    void anAcronymOfANameInTheArticleJoinsIt() {
        List<Entity> list = entities("The Northern Grain Consortium said exports rose in May.\n"
                + "A spokesman for the NGC said ships were waiting in the harbour.");
        Entity e = list.stream().filter(x -> texts(x).contains("NGC")).findFirst().orElseThrow(() -> new AssertionError(list));
        assertEquals(Set.of("Northern Grain Consortium", "NGC"), texts(e));
    }

    @Test
    void possessivesInstitutionsAndGroupsAreOrganisations() {
        List<Entity> list = entities("Ukraine’s foreign ministry said the talks would resume.\n"
                + "Russia’s defence ministry denied the report, and the Wagner paramilitary group said nothing.\n"
                + "Later the general staff said in a statement that the Wagner Group had withdrawn.");
        assertEquals(EntityType.LOC, byId(list, "ukraine").type(), "Ukraine’s yields Ukraine");
        Entity defence = byId(list, "russian-defense-ministry");
        assertNotNull(defence, list::toString);
        assertEquals(Set.of("Russia’s defence ministry"), texts(defence));
        assertEquals(Set.of("Wagner paramilitary group", "Wagner Group"), texts(byId(list, "wagner-group")));
        assertEquals(EntityType.ORG, byId(list, "general-staff").type());
        assertNotNull(byId(list, "ukrainian-foreign-ministry"), list::toString);
    }

    @Test
    void titlesAndSpeechCuesTypeUnknownNamesAsPeople() {
        List<Entity> list = entities("“We will stay,” said Arvid Lindqvist, a spokesman for the council.\n"
                + "Senator Orla Brennan disagreed. Mbeki told the radio station he had left.");
        assertEquals(EntityType.PERSON, byId(list, "arvid-lindqvist").type(), list::toString);
        assertEquals(EntityType.PERSON, byId(list, "orla-brennan").type());
        assertEquals(EntityType.PERSON, byId(list, "mbeki").type());
    }

    @Test
    void nationalityWordsDaysAndGenericGroupsAreNotEntities() {
        List<Entity> list = entities("On Monday Ukrainian and Russian officials met.\n"
                + "Western nations said Russian-Western tensions were high during the Cold War.");
        assertTrue(list.isEmpty(), list::toString);
    }

    @Test
    void aTitleCaseHeadlineYieldsItsKnownNamesNotOneLongName() {
        List<Entity> list = entities("Russia Says Ukraine Shelled Nuclear Plant In Zaporizhzhia Overnight\n"
                + "The ministry said the plant was hit twice.");
        assertEquals(Set.of("russia", "ukraine", "zaporizhzhia"), list.stream().map(Entity::id).collect(Collectors.toSet()));
    }

    @Test
    void aNameIsTypedTheSameThroughoutTheArticle() {
        List<Entity> list = entities("Analysts at Halvorsen Capital said prices would rise.\n"
                + "Halvorsen Capital did not respond. Later Halvorsen Capital said it stood by the note.");
        Entity e = byId(list, "halvorsen-capital");
        assertNotNull(e, list::toString);
        assertEquals(3, e.mentions().size());
        assertEquals(1, list.stream().filter(x -> x.name().contains("Halvorsen")).count());
        assertNull(byId(list, "said"));
        assertFalse(list.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.name().contains("Halvorsen")));
    }

    @Test
    void anInstitutionIsOneEntityHoweverWrittenAndItsShortFormJoinsIt() {
        List<Entity> list = entities("The Ministry of Defence of Moldova said on Monday that two bridges had been repaired.\n"
                + "Moldova's defence ministry later published photographs of the site.\n"
                + "The defence ministry said the work had cost 3 million euros.");
        List<Entity> orgs = list.stream().filter(e -> e.type() == EntityType.ORG).toList();
        assertEquals(1, orgs.size(), list::toString);
        assertEquals(3, orgs.get(0).mentions().size(), orgs.toString());
        assertTrue(list.stream().anyMatch(e -> e.type() == EntityType.LOC && e.name().equals("Moldova")), list::toString);
    }

    @Test
    void twoCountriesMinistriesStayApartAndTheShortFormThenJoinsNeither() {
        List<Entity> list = entities("Moldova's defence ministry and the Ministry of Defence of Romania met in Geneva on Monday.\n"
                + "The defence ministry said the talks would go on.");
        assertEquals(3, list.stream().filter(e -> e.type() == EntityType.ORG).count(), list::toString);
    }

    @Test
    void namesOfInstitutionsRunAcrossForAndAnd() {
        List<Entity> list = entities("The Centre for Coastal and Marine Studies said sea levels rose by 3 millimetres.\n"
                + "Officials at the Bureau for Flood Prevention in Oster agreed with the figures.");
        assertNotNull(byId(list, "centre-for-coastal-and-marine-studies"), list::toString);
        assertEquals(EntityType.ORG, byId(list, "centre-for-coastal-and-marine-studies").type());
        assertNotNull(byId(list, "bureau-for-flood-prevention"), list::toString);
    }

    @Test
    void personsFromRolesInitialsAndHyphenatedNames() {
        List<Entity> list = entities("Her teammate Dorota Wilkowska testified on Tuesday about the match.\n"
                + "Harald J. Ostrander of the port authority told the broadcaster that the ship had left.\n"
                + "Ahmad Rezai-Farahani, the envoy, met the mayor, and Rezai-Farahani spoke to reporters.");
        assertEquals(EntityType.PERSON, byId(list, "dorota-wilkowska").type(), list::toString);
        Entity initial = list.stream().filter(e -> e.name().equals("Harald J. Ostrander")).findFirst().orElse(null);
        assertNotNull(initial, list::toString);
        assertEquals(EntityType.PERSON, initial.type());
        Entity hyphen = list.stream().filter(e -> e.name().equals("Ahmad Rezai-Farahani")).findFirst().orElse(null);
        assertNotNull(hyphen, list::toString);
        assertEquals(Set.of("Ahmad Rezai-Farahani", "Rezai-Farahani"), texts(hyphen));
    }

    @Test
    void aBodyIntroducedByItsKindIsAnOrganisationAndAnAdministrationIsNotItsLeader() {
        List<Entity> list = entities("The mining company Velgor said output fell by a third in the first quarter.\n"
                + "The Biden administration said it would review the export licences.");
        assertEquals(EntityType.ORG, byId(list, "velgor").type(), list::toString);
        assertTrue(list.stream().noneMatch(e -> e.type() == EntityType.PERSON), list::toString);
        assertTrue(list.stream().anyMatch(e -> e.type() == EntityType.ORG && texts(e).contains("Biden administration")), list::toString);
    }

    @Test
    void idsReadAsTheNameWhileRomanisationsOfUnlistedNamesStillMeet() {
        List<Entity> a = entities("The International Monitoring Mission said on Friday that the activist Oleksiy Hrytsenkyy had been released.");
        assertNotNull(byId(a, "international-monitoring-mission"), a::toString);
        List<Entity> b = entities("The activist Oleksii Hrytsenkiy, who was released on Friday, thanked the International Monitoring Mission.");
        Entity pa = a.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        Entity pb = b.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals(pa.id(), pb.id());
        assertEquals("oleksi-hritsenki", pa.id(), "the name's own letters, y/i and ii folded");
    }
}
