package io.claimwatch.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerCorpusTest {

    private static List<String> names(NameSample s) {
        return Arrays.stream(s.getNames())
                .map(n -> n.getType() + ":" + String.join(" ", Arrays.copyOfRange(s.getSentence(), n.getStart(), n.getEnd())))
                .toList();
    }

    @Test
    void iob1AndIob2AreReadAndTypesMappedOntoOurs() {
        List<NameSample> iob1 = NerCorpus.parse(List.of("-DOCSTART- -X- O O", "", "John I-PER", "Smith I-PER",
                "visited O", "Acme I-ORG", "Corp I-ORG", "in O", "Paris I-LOC", "and O", "London I-LOC", "Cup I-MISC"));
        assertEquals(List.of("PERSON:John Smith", "ORG:Acme Corp", "LOC:Paris", "LOC:London"), names(iob1.get(0)));

        List<NameSample> iob2 = NerCorpus.parse(List.of("Ann\tB-person", "Lee\tI-person", "Bob\tB-person", "of\tO",
                "Globex\tB-corporation", "and\tO", "the\tO", "Jets\tB-group", "in\tO", "Ohio\tB-location", "", "He\tB-Person",
                "met\tO", "@someone\tB-PER", "."));
        assertEquals(List.of("PERSON:Ann Lee", "PERSON:Bob", "ORG:Globex", "ORG:Jets", "LOC:Ohio"), names(iob2.get(0)));
        assertEquals(List.of(), names(iob2.get(1)), "pronouns and handles are not names");
    }

    @Test
    void aPlaceTaggedAsAnOrganisationBecomesLoc() {
        NameSample s = new NameSample(new String[] {"Australia", "and", "Acme", "agreed"},
                new Span[] {new Span(0, 1, "ORG"), new Span(2, 3, "ORG")}, false);
        List<NameSample> out = NerCorpus.relabel(List.of(s), name -> name.equals("Australia"));
        assertEquals(List.of("LOC:Australia", "ORG:Acme"), names(out.get(0)));
    }
}
