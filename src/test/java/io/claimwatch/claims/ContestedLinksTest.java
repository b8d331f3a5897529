package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.Annotation;
import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import io.claimwatch.nlp.ArticleAnalyzer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contested-claim links end to end on invented articles: the job's annotator, what each counterclaim
 * rejects (from its parse), the committed statistics and the rule, as {@code analyze --links} runs them.
 */
class ContestedLinksTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.withDefaults();
    }

    private record Story(String id, String source, String publishedAt, String text) {}

    private static List<StatementRef> refs(Story s) {
        Annotation a = analyzer.analyze(s.text()).annotation();
        return StatementRefs.of(s.id(), s.source(), "https://" + s.id() + ".example/", Instant.parse(s.publishedAt()).toEpochMilli(),
                s.text(), a);
    }

    private static List<ContestedLink> links(Story... stories) {
        List<StatementRef> all = new ArrayList<>();
        for (Story s : stories) {
            all.addAll(refs(s));
        }
        all.sort(Comparator.comparingLong(StatementRef::publishedAt));
        ContestedClaimLinker linker = new ContestedClaimLinker(Duration.ofDays(7));
        List<ContestedLink> out = new ArrayList<>();
        all.forEach(r -> out.addAll(linker.add(r)));
        return out;
    }

    private static final Story STATION = new Story("claim", "North Wire", "2026-04-01T08:00:00Z",
            "Kestrian artillery struck the Karvisk power station on Monday, cutting electricity to 40,000 homes, Governor Petra Lind said.");

    @Test
    void aDenialInOtherWordsFromAnotherOutletTwoDaysLaterIsLinkedWithItsEvidence() {
        Story denial = new Story("denial", "Kestria Daily", "2026-04-03T09:00:00Z",
                "The Kestrian Defence Ministry denied that its artillery had shelled the Karvisk power station, calling the report a fabrication.");
        List<ContestedLink> links = links(STATION, denial);
        assertEquals(1, links.size(), links.toString());
        ContestedLink l = links.get(0);
        assertEquals("claim", l.claim().articleId());
        assertEquals("denial", l.counterclaim().articleId());
        assertTrue(l.reason().startsWith("disputes “that its artillery had shelled the Karvisk power station”"), l.reason());
        assertTrue(l.reason().contains("“struck” / “shelled”") && l.reason().contains("“Karvisk power station”"), l.reason());
        assertTrue(l.reason().endsWith("2.0 days after the claim"), l.reason());
    }

    @Test
    void aDenialThatSaysItOnlyLinksWhereItsArticleSaysWhatItIs() {
        Story explained = new Story("explained", "Kestria Daily", "2026-04-01T06:00:00Z",
                "The Harbour Council said on Monday that a Kestrian tanker had spilled oil near Port Amara.\n"
                        + "The Kestrian Shipping Ministry dismissed the claim as a provocation.");
        Story spill = new Story("spill", "Harbour Post", "2026-04-01T12:00:00Z",
                "Oil from a tanker spill has reached the beaches of Port Amara, the Harbour Council said, blaming a Kestrian vessel.");
        List<ContestedLink> links = links(explained, spill);
        assertEquals(1, links.size(), links.toString());
        assertEquals("spill", links.get(0).claim().articleId(), "the other outlet's claim, published after the denial");
        assertTrue(links.get(0).reason().contains("which its article gives as “The Harbour Council said on Monday"), links.get(0).reason());

        Story bare = new Story("bare", "Meridian Daily", "2026-04-01T13:00:00Z", "The Kestrian Shipping Ministry denied it on Wednesday.");
        assertEquals(List.of(), links(spill, bare), "“denied it” with nothing in its article to say what “it” is");
    }

    @Test
    void theSamePlaceWithAnotherPropositionOrAnotherTimeOrderIsNotLinked() {
        Story reopening = new Story("reopening", "North Wire", "2026-04-01T08:00:00Z",
                "Governor Petra Lind said the Karvisk power station would reopen next month after repairs to its damaged turbines.");
        Story attack = new Story("attack", "Kestria Daily", "2026-04-02T09:00:00Z",
                "The Kestrian Defence Ministry denied that its drones had attacked the Karvisk power station.");
        assertEquals(List.of(), links(reopening, attack), "the denied attack is not the announced reopening");

        Story early = new Story("early", "Kestria Daily", "2026-03-29T09:00:00Z",
                "The Kestrian Defence Ministry denied that its artillery had shelled the Karvisk power station.");
        assertEquals(List.of(), links(STATION, early), "a denial three days before the claim does not answer it");
    }

    @Test
    void aRejectionNamingAnotherAuthorIsNoAnswerToTheClaimerItMentionsElsewhere() {
        // What is rejected is someone else's statement; that the claim's claimer is named in the same sentence (as the
        // one who spoke before, as the one urging calm) does not make it theirs.
        Story other = new Story("other", "Kestria Daily", "2026-04-02T09:00:00Z",
                "Harbour Council chief Marek Olen dismissed Russia's claim that artillery had shelled the Karvisk power station, "
                        + "as Governor Petra Lind urged calm.");
        assertEquals(List.of(), links(STATION, other), "Russia's claim is not the governor's");

        Story hers = new Story("hers", "Kestria Daily", "2026-04-02T09:00:00Z",
                "Harbour Council chief Marek Olen dismissed Governor Petra Lind's statement that artillery had shelled the Karvisk "
                        + "power station.");
        assertEquals(1, links(STATION, hers).size(), "her statement, named as hers");
    }

    @Test
    void liesAboutThoseTheClaimAccusesAnswerTheSpeakerWhoseSpeechIsNamed() {
        Story speech = new Story("speech", "North Wire", "2026-04-01T08:00:00Z",
                "Governor Petra Lind told the council that Kestrian soldiers and sailors had shelled the port of Oster.");
        Story answer = new Story("answer", "Kestria Daily", "2026-04-01T15:00:00Z",
                "Responding to Governor Petra Lind's speech, the Kestrian envoy Ivo Marr said \"we have heard once again a huge amount "
                        + "of lies about Kestrian soldiers and sailors\".");
        assertEquals(1, links(speech, answer).size(), "the envoy answers the governor's speech");
        Story otherSpeech = new Story("other", "Kestria Daily", "2026-04-01T15:00:00Z",
                "Responding to Mayor Anna Berg's speech, the Kestrian envoy Ivo Marr said \"we have heard once again a huge amount "
                        + "of lies about Kestrian soldiers and sailors\".");
        assertEquals(List.of(), links(speech, otherSpeech), "an answer to the mayor's speech, not the governor's");
    }

    @Test
    void aDoubtOfOneSidesClaimIsNotExplainedByTheOtherSidesAllegationInItsArticle() {
        // "The Ukrainian claim" after a sentence of the Russian allegation: the article never says what the Ukrainian
        // claim is, and the allegation's words must not stand in for it.
        Story ukrainian = new Story("ukrainian", "Harbour Post", "2026-04-01T10:30:00Z",
                "Ukraine's defence minister said Moscow was itself preparing to set off a dirty bomb in a false flag attack and blame it on Kyiv.");
        Story doubt = new Story("doubt", "North Wire", "2026-04-01T09:00:00Z",
                "Russian officials have again alleged that Ukraine could set off a dirty bomb in a false flag attack and blame it on Moscow.\n"
                        + "The Ukrainian claim could not be independently verified.");
        assertTrue(links(ukrainian, doubt).stream().noneMatch(l -> l.counterclaim().text().startsWith("The Ukrainian claim")),
                links(ukrainian, doubt).toString());
    }

    @Test
    void aRejectionOfANamedAuthorsClaimThatTheOutletNarratesLinksToThatAuthorsClaim() {
        Story claim = new Story("claim", "Harbour Post", "2026-04-01T08:00:00Z",
                "Kestrian defence minister Ivo Marr told his Valdorian counterpart that Valdoria could be preparing to use a dirty bomb "
                        + "in the port of Oster.");
        Story answer = new Story("answer", "North Wire", "2026-04-01T12:00:00Z",
                "Kestrian defence minister Ivo Marr held a telephone call with his Valdorian counterpart Anna Berg on Sunday about a "
                        + "dirty bomb in the port of Oster.\nAnna Berg strongly rejected Marr's claim and warned Kestria against using it as "
                        + "a pretext for escalation.");
        List<ContestedLink> links = links(claim, answer);
        assertEquals(1, links.size(), links.toString());
        assertEquals("claim", links.get(0).claim().articleId());
    }

    @Test
    void aRejectionOfANamedAuthorsFalseClaimLinksToTheOutletsNarrationOfThatAuthorsClaim() {
        // The outlet tells Moscow's claim in its own voice ("It comes after Moscow alleged that …"): the claimer is the
        // outlet, and the claim is Moscow's all the same.
        Story told = new Story("told", "Harbour Post", "2026-04-01T08:00:00Z",
                "It comes after Moscow alleged that Ukraine is preparing to detonate a dirty bomb on its own territory.");
        Story envoy = new Story("envoy", "North Wire", "2026-04-02T09:00:00Z",
                "Anna Berg, the British ambassador to the U.N., pointed to Russia's false claim that Ukraine was preparing to detonate "
                        + "a dirty bomb to spread radioactive waste.");
        assertEquals("article", refs(told).get(0).claimer());
        List<ContestedLink> links = links(told, envoy);
        assertEquals(1, links.size(), links.toString());
        assertEquals("told", links.get(0).claim().articleId());
    }

    @Test
    void aRejectionOfOneSidesFalseClaimIsNoAnswerToTheOtherSideThatRejectsItToo() {
        // Both reject Moscow's allegation: the rejection names whose claim is false ("Russia's false claim"), and the
        // Ukrainian envoy's plea against the allegation is not that claim.
        Story plea = new Story("plea", "Harbour Post", "2026-04-01T08:00:00Z",
                "Ukraine's foreign minister urged the U.N. nuclear agency to send inspectors at once to counter Moscow's claim that Kyiv "
                        + "is preparing a provocation with a dirty bomb.");
        Story envoy = new Story("envoy", "North Wire", "2026-04-02T09:00:00Z",
                "Anna Berg, the British ambassador to the U.N., backed her colleague, pointing to Russia's false claim that Ukraine was "
                        + "preparing to detonate a dirty bomb to spread radioactive waste.");
        assertEquals(List.of(), links(plea, envoy), "both speak against Russia's claim");
    }

    @Test
    void aDenialFromTheClaimsOwnSideIsNotADispute() {
        Story claim = new Story("own", "North Wire", "2026-04-01T08:00:00Z",
                "Norwegian officials said the storm had flooded the Tromsoya ferry terminal overnight.");
        Story echo = new Story("echo", "Harbour Post", "2026-04-01T10:00:00Z",
                "Norway's transport ministry denied that the storm had flooded the Tromsoya ferry terminal.");
        assertEquals(List.of("norway"), refs(claim).get(0).side());
        assertTrue(refs(echo).get(0).side().contains("norway"), refs(echo).get(0).side().toString());
        assertEquals(List.of(), links(claim, echo), "both speak for Norway");
    }

    @Test
    void stateMediaSpeakForTheirCountryNamedOrNotAndTheirCountrysDenialIsNoDispute() {
        Story agency = new Story("agency", "North Wire", "2026-04-01T08:00:00Z",
                "Russian state news agency TASS reported that the storm had flooded the Tromsoya ferry terminal overnight.");
        Story bare = new Story("bare", "North Wire", "2026-04-01T08:00:00Z",
                "TASS reported that the storm had flooded the Tromsoya ferry terminal overnight.");
        Story kremlin = new Story("kremlin", "Harbour Post", "2026-04-01T10:00:00Z",
                "The Kremlin denied that the storm had flooded the Tromsoya ferry terminal.");
        assertTrue(refs(agency).get(0).side().contains("russia"), refs(agency).get(0).toString());
        assertTrue(refs(bare).get(0).side().contains("russia"), refs(bare).get(0).toString());
        assertEquals(List.of(), links(agency, kremlin), "both speak for Russia");
        assertEquals(List.of(), links(bare, kremlin), "both speak for Russia");
    }

    @Test
    void anAccusationTheOutletCallsUnfoundedIsItsAuthorsAndLinksOnlyToThem() {
        // "X made unsubstantiated accusations that …": X is the author of what the outlet rejects. A warning from the
        // other side about the same bomb agrees with the outlet; X's own statement is what it disputes.
        Story warning = new Story("warning", "North Wire", "2026-04-01T08:00:00Z",
                "Valdoria and its allies warned Kestria on Monday against using a radioactive dirty bomb in Valdoria.");
        Story marek = new Story("marek", "Kestria Daily", "2026-04-01T09:00:00Z",
                "Kestrian President Ivo Marek said on Monday that Valdoria was building a radioactive dirty bomb.");
        Story outlet = new Story("outlet", "Harbour Post", "2026-04-02T10:00:00Z",
                "After setbacks at the front, top Kestrian officials including Ivo Marek made unsubstantiated accusations that "
                        + "Valdoria was building a radioactive dirty bomb.");
        StatementRef counter = refs(outlet).get(0);
        assertEquals("article", counter.claimer(), counter.toString());
        assertTrue(counter.rejected() != null && counter.rejected().authors().contains("ivo-marek"), counter.toString());
        List<ContestedLink> found = links(warning, marek, outlet);
        assertEquals(List.of("marek"), found.stream().map(l -> l.claim().articleId()).toList(), found.toString());
    }

    @Test
    void whatACounterclaimRejectsIsTheObjectOfTheDenialNotTheReframeOrTheDenier() {
        assertEquals("that its artillery had struck the Karvisk power station", rejected(
                "The Kestrian Defence Ministry denied that its artillery had struck the Karvisk power station, calling the report a fabrication."));
        assertEquals("The claim that 14 drones were shot down over the Dravno region",
                rejected("The claim that 14 drones were shot down over the Dravno region could not be independently verified."));
        assertEquals("organising the rally", rejected("Marek Oduya denied organising the rally, saying he had only attended it as a reporter."));
        assertEquals("being behind any strikes on targets near the border",
                rejected("Russia's Defense Ministry denied being behind any strikes on targets near the border."),
                "a denial after a possessive name, its verb tagged an adjective by one tagger, rejects what follows, not the denier");
        assertEquals("accusations that its navy had blocked grain ships near Port Amara",
                rejected("The Kestrian Navy rejected accusations that its navy had blocked grain ships near Port Amara as lies."));
        Statement appeal = counterclaim("A court in Krasno denied her appeal on Tuesday.");
        assertTrue(appeal == null || appeal.rejected() == null, "turning down a request disputes no proposition");
        for (String fired : List.of("In two decrees on Sunday, the president dismissed Kestria's chief prosecutor, Marta Velna, and the head of the security service.",
                "The president dismissed Petra Lind on Sunday.")) {
            Statement s = counterclaim(fired);
            assertTrue(s == null || s.rejected() == null, "removing someone from office disputes no proposition: " + fired);
        }
        assertEquals("Petra Lind's claims about the harbour", rejected("The president dismissed Petra Lind's claims about the harbour as fiction."));
        // Whom the denier goes on to accuse, and of what, it asserts: a claim of that accusation agrees with it.
        assertEquals("shelling the Karvisk power station", rejected(
                "Kestria has denied shelling the Karvisk power station, instead accusing the Valdorian 12th Brigade of firing at it."));
        assertEquals("that its drones had hit the port", rejected("The Kestrian ministry denied that its drones had hit the port and blamed Valdoria for the fire."));
        // What the denier goes on to say after "and" is its own account, not part of what it denies.
        assertEquals("it would shift its policy on Valdoria", rejected(
                "The party denied it would shift its policy on Valdoria and has called the naval drills near Oster destabilizing."));
        assertEquals("that its troops had shelled the plant", rejected(
                "The Kestrian ministry denied that its troops had shelled the plant and said Valdorian units were to blame."));
    }

    @Test
    void aNameTheAnnotatorMissesInOneArticleStillKeysTheStatementThere() {
        // "Orlenko" is in no lexicon: wherever the annotator does not tag it, the rare capitalised word keys the statement.
        List<StatementRef> refs = refs(new Story("held", "North Wire", "2026-04-01T08:00:00Z",
                "The Kestrian Defence Ministry denied that the journalist Orlenko is being held as a hostage."));
        assertTrue(refs.stream().anyMatch(r -> r.entityIds().contains("orlenko")), refs.toString());
        List<StatementRef> opening = refs(new Story("buses", "North Wire", "2026-04-01T08:00:00Z", "Buses were waiting at the checkpoint in Karvisk."));
        assertTrue(opening.stream().noneMatch(r -> r.entityIds().contains("buses")), "a sentence's first word is no name: " + opening);
    }

    @Test
    void theCountryEndingAQuotationIsNotTheSideOfWhoeverSaysIt() {
        StatementRef quoted = refs(new Story("quote", "North Wire", "2026-04-01T08:00:00Z",
                "\u201cThe blast at the dam was staged by the Kremlin,\u201d Mykhailo Podolyak said on Monday.")).get(0);
        assertEquals(List.of("ukraine"), quoted.side(), quoted.toString());
    }

    @Test
    void aPersonsSurnameStandsForTheClaimerOnlyWhenThePersonIsTheClaimer() {
        StatementRef claim = refs(new Story("appeal", "North Wire", "2026-04-01T08:00:00Z",
                "A court in Karvisk rejected the appeal of the cyclist Marta Velnova on Tuesday, her lawyer Anton Brisk said.")).get(0);
        assertEquals("Anton Brisk", claim.claimer(), claim.toString());
        assertTrue(claim.entityIds().contains("velnova") && !claim.partyKeys().contains("velnova"),
                "the cyclist named by surname elsewhere is the cyclist named: " + claim);
        assertTrue(claim.partyKeys().contains("brisk"), "the lawyer's surname stands for the claimer only: " + claim);
    }

    @Test
    void aUnionsSeatAndItsBodiesAreOnePartyACapitalNamedInPassingIsNoKey() {
        Story resolution = new Story("parliament", "North Wire", "2026-04-01T08:00:00Z",
                "On Thursday the European Parliament backed a resolution accusing the government of jailing reporters.");
        Story answer = new Story("party", "Capital Daily", "2026-04-01T11:00:00Z",
                "The head of the ruling party said the resolution from Brussels had nothing to do with jailed reporters.");
        List<ContestedLink> found = links(resolution, answer);
        assertEquals(1, found.size(), "Brussels is where the European Parliament's resolution is from: " + found);
        assertTrue(found.get(0).reason().contains("Brussels"), found.get(0).reason());
        List<StatementRef> passing = refs(new Story("visit", "Capital Daily", "2026-04-01T11:00:00Z",
                "The head of the ruling party, speaking in Moscow, said the jailed reporters had nothing to do with the resolution."));
        assertTrue(passing.stream().noneMatch(r -> r.entityIds().contains("russia")), "a place is no party: " + passing);
    }

    @Test
    void whatANounAfterACopulaSaysOfTheSubjectMustBeInTheClaim() {
        Story fuel = new Story("fuel", "Capital Daily", "2026-04-01T11:00:00Z",
                "Officials fear that a bilateral dispute would fuel the false claims that the two Valdorian volunteers are mercenaries.");
        Story sentenced = new Story("sentenced", "North Wire", "2026-04-01T08:00:00Z",
                "Two Valdorian volunteers, Marek Olen and Jonas Brekke, were sentenced to ten years by the Karvisk court on Tuesday.");
        assertTrue(links(sentenced, fuel).isEmpty(), "the report names the two volunteers, it does not call them mercenaries");
        Story court = new Story("court", "North Wire", "2026-04-01T08:00:00Z",
                "The Karvisk court said the two Valdorian volunteers were mercenaries paid by a foreign army.");
        assertEquals(1, links(court, fuel).size(), "the court's claim that they are");
    }

    @Test
    void aWellKnownOfficialSpeaksForTheCountryOfTheirOffice() {
        Story kremlin = new Story("kremlin", "North Wire", "2026-04-01T08:00:00Z",
                "The Kremlin said the Kestrian navy had blocked grain ships near Port Amara.");
        Story putin = new Story("putin", "Capital Daily", "2026-04-01T11:00:00Z",
                "Vladimir Putin denied that the Kestrian navy had blocked grain ships near Port Amara.");
        assertTrue(refs(putin).stream().anyMatch(r -> r.label() == StatementLabel.COUNTERCLAIM && r.side().contains("russia")),
                "speaks-for in config/link-lexicon.yaml: " + refs(putin));
        assertTrue(links(kremlin, putin).isEmpty(), "Putin does not dispute the Kremlin");
        Story lind = new Story("lind", "Capital Daily", "2026-04-01T11:00:00Z",
                "Petra Lind denied that the Kestrian navy had blocked grain ships near Port Amara.");
        assertEquals(1, links(kremlin, lind).size(), "someone speaking for no listed country does");
    }

    @Test
    void aRejectionOfWhatIsSaidOfOneCountryIsNoAnswerToAnAccusationOfAnother() {
        Story accusation = new Story("accusation", "North Wire", "2026-04-01T08:00:00Z",
                "Norway accused Sweden of carrying out a cyberattack on the Karvisk power station on Monday.");
        Story ofAnother = new Story("another", "Capital Daily", "2026-04-01T11:00:00Z",
                "Harbour officials rejected the false claims that Finland had carried out a cyberattack on the Karvisk power station.");
        assertTrue(links(accusation, ofAnother).isEmpty(), "the same attack said of Finland, not of Sweden");
        Story ofTheAccused = new Story("accused", "Capital Daily", "2026-04-01T11:00:00Z",
                "Harbour officials rejected the false claims that Sweden had carried out a cyberattack on the Karvisk power station.");
        assertEquals(1, links(accusation, ofTheAccused).size());
        // A party named by its country's nationality is of that country: "British navy divers" are London's.
        Story london = new Story("london", "North Wire", "2026-04-01T08:00:00Z",
                "Russia has also accused London of being behind the explosions on the Baltic Star gas pipeline.");
        Story divers = new Story("divers", "Capital Daily", "2026-04-01T11:00:00Z",
                "Russia's defence ministry said British navy divers had blown up the Baltic Star gas pipeline, an assertion that London said was false.");
        assertEquals(1, links(london, divers).size());
    }

    @Test
    void whatIsRejectedEndsWhereANewClauseBegins() {
        assertEquals("the allegation", rejected("Kestria and its allies rejected the allegation, and today the Valdorian envoy said the report was absurd."));
        assertEquals("that its navy had blocked ships near Oster, Lind and Port Amara",
                rejected("The Kestrian Navy denied that its navy had blocked ships near Oster, Lind and Port Amara."));
    }

    @Test
    void whatANounOfSomethingSaidIsCalledUntrueForIsTheClauseAfterIt() {
        // The dismissal word qualifies the noun: what is false is what the claims say, not the subject of the clause.
        assertEquals("the convoy was carrying weapons", rejected(
                "Aid workers in Oster worry that a row with Kestria would feed the false claims that the convoy was carrying weapons."));
        assertEquals("the harbour had been mined", rejected("Lind called it a ridiculous claim to suggest the harbour had been mined."));
        // The progressive is no passive: what is denied is the report, not its subject.
        assertEquals("a report that he sold tickets to the final", rejected("The coach is denying a report that he sold tickets to the final."));
    }

    @Test
    void liesAboutSomeoneRejectWhatWasSaidOfThemAndAPhrasalRejectionItsObject() {
        assertEquals("Kestrian soldiers and the navy", rejected(
                "Responding to the speech, the Kestrian envoy said \"we have heard once again a huge amount of lies about Kestrian soldiers and the navy\"."));
        assertEquals("claims that the army had lost the town of Oster",
                rejected("The Kestrian spokesman pushed back on claims that the army had lost the town of Oster."));
    }

    @Test
    void aRelativeThatStandsForItsAntecedentNotForAnEarlierSentence() {
        // "a claim that has been rejected": the relative pronoun is the claim, in apposition to what was claimed.
        assertEquals("the river is safe to swim in",
                rejected("The mayor has said the river is safe to swim in - a claim that has been rejected by the health board."));
        assertEquals("the striker had been injured in training",
                rejected("The club said the striker had been injured in training, an assertion that his agent said was untrue."));
        assertEquals("a tanker had damaged the Oster cable in May", rejected(
                "The port authority said on Friday that a tanker had damaged the Oster cable in May, an assertion that the shipping firm said was false."));
        assertEquals("ballots in four districts", rejected("The council held ballots in four districts that were dismissed as rigged by the opposition."));
        // Not the relative subject of an active denial: that is who denies.
        String denied = rejected("The ministry, which denied that the dam had been mined, closed the road to Oster on Monday.");
        assertTrue(denied.startsWith("that the dam had been mined"), denied);
    }

    @Test
    void aFalseClaimIsLinkedByWhatItSaysNotByTheSentenceBeforeIt() {
        Story claim = new Story("weapons", "North Wire", "2026-04-01T08:00:00Z",
                "The Kestrian customs service said the Oster aid convoy was carrying weapons for Valdorian fighters.");
        Story worry = new Story("worry", "Harbour Post", "2026-04-01T12:00:00Z",
                "The Oster aid convoy was stopped at the Kestrian border on Monday.\n"
                        + "Aid workers in Oster worry that a row with Kestria would feed the false claims that the convoy was carrying weapons.");
        List<ContestedLink> links = links(claim, worry);
        assertEquals(1, links.size(), links.toString());
        assertTrue(links.get(0).reason().startsWith("disputes “the convoy was carrying weapons”"), links.get(0).reason());
        Story stopped = new Story("stopped", "North Wire", "2026-04-01T08:00:00Z",
                "Kestrian border guards stopped the Oster aid convoy on Monday, the customs service said.");
        assertEquals(List.of(), links(stopped, worry), "the sentence before the false claims is not what they say");
    }

    @Test
    void aCounterAccusationDisputesOnlyAClaimBlamingItsSide() {
        Story strikes = new Story("strikes", "North Wire", "2026-04-01T08:00:00Z",
                "Russian missile attacks on the Black Sea ports near Odesa killed at least 21 people a day after Russian forces withdrew"
                        + " from an island, local authorities said.");
        Story inTurn = new Story("inturn", "Meridian Daily", "2026-04-01T14:00:00Z",
                "Ukraine, in turn, has accused the Russian forces of mining the Black Sea ports near Odesa.");
        assertEquals(List.of(), links(strikes, inTurn), "a report of Russian strikes is not the accusation Ukraine answers");
        Story blame = new Story("blame", "North Wire", "2026-04-01T08:00:00Z",
                "Moscow blamed Ukrainian forces for mining the Black Sea ports near Odesa.");
        assertTrue(links(blame, inTurn).stream().anyMatch(l -> l.claim().articleId().equals("blame")),
                "the accusation it answers: " + links(blame, inTurn));
    }

    @Test
    void whatTheClaimsAreIsTheFirstAccountOfTheSentenceThatToldThem() {
        String text = "Valdoria launched airstrikes on Oster on Sunday, claiming it had targeted tanks supplied by Kestria – while its"
                + " president warned of strikes on new targets.";
        int end = StatementRefs.firstAccountEnd(text, 0, text.length());
        assertEquals("Valdoria launched airstrikes on Oster on Sunday, claiming it had targeted tanks supplied by Kestria", text.substring(0, end));
        String one = "Valdoria said it had targeted tanks, while they were being unloaded at the station.";
        assertEquals(one.length(), StatementRefs.firstAccountEnd(one, 0, one.length()), "a 'while' of time, no one speaking: one account");
    }

    @Test
    void insistingOnTheSameNegationAgrees() {
        Story putin = new Story("putin", "North Wire", "2026-04-01T08:00:00Z",
                "Russian President Vladimir Putin claimed that he had no intention of using nuclear weapons in Ukraine.");
        Story envoy = new Story("envoy", "Harbour Post", "2026-04-02T08:00:00Z",
                "The envoy Mark Ellison insisted that Russia had no intention of using nuclear weapons in the conflict.");
        assertEquals(List.of(), links(putin, envoy), "both say Russia will not use them");
    }

    @Test
    void aMutualAccusationRejectsNoSingleClaim() {
        Statement each = counterclaim("Each side has repeatedly accused the other of shelling the Karvisk power station.");
        assertTrue(each == null || each.rejected() == null, "each side against the other: " + each);
    }

    @Test
    void aDoubtInThePassiveRejectsItsSubject() {
        assertEquals("Reports that the minister resigned", rejected("Reports that the minister resigned have not been confirmed by the ministry."));
        assertEquals("Figures on casualties among Kestrian forces",
                rejected("Figures on casualties among Kestrian forces cannot be confirmed, the ministry said."));
    }

    @Test
    void theAccusedAnsweringIsLinkedToWhatItIsAccusedOfNotToAnotherAccusation() {
        Story accusation = new Story("accusation", "North Wire", "2026-04-01T08:00:00Z",
                "Ukraine accused Russia of planning to blow up the dam at the Dravno reservoir.");
        assertEquals(List.of("russia"), refs(accusation).get(0).accused());
        Story answer = new Story("answer", "Kestria Daily", "2026-04-01T14:00:00Z", "Moscow denied having any such plan.");
        List<ContestedLink> links = links(accusation, answer);
        assertEquals(1, links.size(), links.toString());
        assertTrue(links.get(0).reason().contains("Moscow is who the claim accuses"), links.get(0).reason());
        Story other = new Story("other", "Meridian Daily", "2026-04-01T20:00:00Z",
                "The Kremlin denied that Russian troops had shelled the hospital in Karvisk.");
        assertEquals(List.of(), links(accusation, other), "the same accused denying another accusation");
        Story nothingNamed = new Story("nothing", "Valdoria Today", "2026-04-02T07:00:00Z", "Russia rejected the allegations.");
        assertEquals(List.of(), links(accusation, nothingNamed), "Russia is accused of many things a day: which allegations?");
    }

    @Test
    void aPersonRareInNewsDismissingTheAccusationsSoonAfterIsLinkedLaterOrAboutOtherThingsNot() {
        Story suspected = new Story("suspected", "Harbour Post", "2026-04-01T08:00:00Z",
                "Customs investigators suspected the shipping agent Tomas Verhoek of smuggling diesel through Port Amara, the Harbour Council said.");
        assertEquals(List.of("tomas-verhoek"), refs(suspected).get(0).accused());
        Story dismissed = new Story("dismissed", "Meridian Daily", "2026-04-01T17:00:00Z",
                "Tomas Verhoek dismissed the accusations as a smear by his competitors.");
        assertEquals(1, links(suspected, dismissed).size());
        Story late = new Story("late", "Valdoria Today", "2026-04-05T10:00:00Z", "Tomas Verhoek rejected the allegations on Friday.");
        assertEquals(List.of(), links(suspected, late), "four days later");
        Story bribe = new Story("bribe", "Kestria Daily", "2026-04-02T09:00:00Z",
                "Tomas Verhoek denied that he had bribed a customs officer at the Oster border crossing.");
        assertEquals(List.of(), links(suspected, bribe), "he denies something else");
    }

    @Test
    void whomAStatementAccuses() {
        assertEquals(List.of("russia"), accused("Officials blamed Russian artillery units for the fire at the Karvisk depot."));
        assertEquals(List.of("moscow"), accused("Investigators in Oster say Moscow is behind the cyberattack on the port."));
        assertEquals(List.of("russia"), accused("Russia has been repeatedly accused of blocking grain ships near Port Amara, the council said."));
        assertEquals(List.of(), accused("The Harbour Council accused its neighbours of hoarding grain."), "no party named");
        assertEquals(List.of(), accused("Kestria accused Valdoria's allies of arming the rebels."), "the allies, not Valdoria");
        assertEquals(List.of("moscow"), accused("Officials in Oster accused Moscow's forces of shelling the Karvisk depot."),
                "a country's forces are the country");
    }

    @Test
    void aDenialOfWarCrimesAnswersAnAccusationOfRapeByTheDeniersForces() {
        Story accusation = new Story("rape", "First Wire", "2026-04-01T09:00:00Z",
                "Ukrainian officials have repeatedly accused Moscow's forces of using rape as a weapon of war since the Russian invasion.");
        Story denial = new Story("denial", "Second Daily", "2026-04-02T09:00:00Z",
                "Russian authorities have denied allegations of war crimes in Ukraine.");
        List<ContestedLink> found = links(accusation, denial);
        assertEquals(1, found.size(), "war crimes, named by one kind of them: " + found);
        assertTrue(found.get(0).reason().contains("“rape” / “crimes”"), found.get(0).reason());
    }

    @Test
    void aRejectionOfTheClaimersPledgeLinksToItsPledgeSoonAfterNotToItsForecast() {
        Story pledge = new Story("pledge", "Coastal Post", "2026-04-01T07:00:00Z",
                "Russia said it would pull its troops back from the village of Velna by Friday.");
        Story forecast = new Story("forecast", "North Wire", "2026-04-01T09:00:00Z",
                "Russia said the road to Velna would be closed for repairs until July.");
        Story dismissal = new Story("dismissal", "Valdoria Today", "2026-04-01T18:00:00Z",
                "Ukrainian commanders rejected Russia's promise as an empty gesture.");
        List<ContestedLink> links = links(pledge, forecast, dismissal);
        assertEquals(1, links.size(), links.toString());
        assertEquals("pledge", links.get(0).claim().articleId());
        assertTrue(links.get(0).reason().contains("and the claim is such a promise"), links.get(0).reason());
    }

    @Test
    void aReplyToTheClaimersTweetLinksToTheTweet() {
        Story tweet = new Story("tweet", "Dunmere Gazette", "2026-04-01T09:00:00Z",
                "Mayor Ilse Varga wrote in a tweet that the Dunmere tram line would be free for pensioners from August.");
        Story reply = new Story("reply", "North Wire", "2026-04-01T15:00:00Z",
                "Opposition councillors responded to Varga's tweet with ridicule, saying free trams for pensioners were unaffordable.");
        List<ContestedLink> links = links(tweet, reply);
        assertEquals(1, links.size(), links.toString());
        assertTrue(links.get(0).reason().contains("names the claimer, Ilse Varga, as its author"), links.get(0).reason());
    }

    @Test
    void aReplyLinksToTheClaimOfWhomItAnswersOnly() {
        Story lind = new Story("lind", "North Wire", "2026-04-01T08:00:00Z",
                "Governor Petra Lind said the Dunmere tram line would be free for pensioners from August.");
        Story reply = new Story("reply", "Dunmere Gazette", "2026-04-01T12:00:00Z",
                "Jonas Brekke replied to Mayor Ilse Varga that the tram line would never be free for pensioners.");
        assertEquals(List.of(), links(lind, reply), "it answers Varga, not Lind, however close the words");
    }

    @Test
    void aRejectionOfTheClaimersOriginalTweetLinksToTheTweetNotToItsLaterReply() {
        Story tweet = new Story("tweet", "Coastal Post", "2026-04-01T08:00:00Z",
                "Governor Petra Lind argued in a tweet that the Karvisk bridge should be closed to lorries.");
        Story answer = new Story("answer", "Harbour Post", "2026-04-01T13:00:00Z",
                "Lind replied to the hauliers that the bridge was unsafe.\nThe drivers' union responded to Lind's original tweet with a blockade of the bridge.");
        List<ContestedLink> links = links(tweet, answer);
        assertEquals(1, links.size(), links.toString());
        assertTrue(links.get(0).reason().contains("the claim is such a tweet"), links.get(0).reason());
    }

    @Test
    void theseClaimsAreTheClaimsOfWhomTheArticleSaysMadeThemNotOfAnyoneSayingTheSame() {
        Story lind = new Story("lind", "North Wire", "2026-04-01T08:00:00Z",
                "Governor Petra Lind said four rocket launchers had been destroyed near Oster.");
        Story council = new Story("council", "Harbour Post", "2026-04-01T09:00:00Z",
                "The Harbour Council said four rocket launchers had been destroyed near Oster.");
        Story refuted = new Story("refuted", "Kestria Daily", "2026-04-01T15:00:00Z",
                "The Harbour Council claimed that four rocket launchers had been destroyed near Oster.\n"
                        + "Kestrian officials have refuted these claims as misinformation.");
        List<ContestedLink> links = links(lind, council, refuted);
        assertEquals(List.of("council"), links.stream().map(l -> l.claim().articleId()).toList(), links.toString());
    }

    @Test
    void aDenialOfWhatItsArticleSaysLinksToARestatementNotToAnotherPartOfTheStory() {
        Story video = new Story("video", "Kestria Daily", "2026-04-02T09:00:00Z",
                "A video circulating online claimed that Harbour Council guards had set fire to the grain depot in Port Amara and shot at"
                        + " fishermen near the Oster lighthouse.\nHarbour Council officials dismissed it as a fabrication.");
        Story restated = new Story("restated", "North Wire", "2026-04-02T07:00:00Z",
                "A widely shared video says guards of the Harbour Council set fire to the Port Amara grain depot and fired at fishermen by"
                        + " the Oster lighthouse, Kestrian media reported.");
        // Shares the council, the depot and the port, but not what the video is said to show: under half of what "it" is.
        Story other = new Story("other", "Harbour Post", "2026-04-02T06:00:00Z",
                "Dozens of families left Port Amara after the Harbour Council closed its grain depot, aid workers said.");
        List<ContestedLink> links = links(video, restated, other);
        assertEquals(List.of("restated"), links.stream().map(l -> l.claim().articleId()).distinct().toList(),
                "the claim that restates what “it” is, not a report sharing its place and its council: " + links);
    }

    @Test
    void anAccusationReportedInACounterclaimIsTheClaimTheAccusedAnswers() {
        Story reported = new Story("reported", "Harbour Post", "2026-04-01T08:00:00Z",
                "Western diplomats said Valdoria was stoking fears of war, most recently by accusing Kestria of planning to mine the Oster strait"
                        + " without offering evidence.");
        Story answer = new Story("answer", "Kestria Daily", "2026-04-01T13:00:00Z", "Kestria has denied having any such plan.");
        List<ContestedLink> links = links(reported, answer);
        assertEquals(1, links.size(), links.toString());
        assertEquals("reported", links.get(0).claim().articleId());
    }

    private static List<String> accused(String text) {
        return refs(new Story("s", "North Wire", "2026-04-01T08:00:00Z", text)).get(0).accused();
    }

    /** The rejected part of the text's first counterclaim, or null when it has none; fails when there is no counterclaim. */
    private static String rejected(String text) {
        Statement s = counterclaim(text);
        assertNotNull(s, "a counterclaim in: " + text);
        return s.rejected() == null ? null : s.rejected().of(text);
    }

    private static Statement counterclaim(String text) {
        Annotation a = analyzer.analyze(text).annotation();
        return a.statements().stream().filter(x -> x.label() == StatementLabel.COUNTERCLAIM).findFirst().orElse(null);
    }
}
