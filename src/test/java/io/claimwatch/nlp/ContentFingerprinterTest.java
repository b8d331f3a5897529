package io.claimwatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.Fingerprint;
import org.junit.jupiter.api.Test;

class ContentFingerprinterTest {

    private static final String STORY = """
            The port authority of Eastbrook said on Tuesday that container traffic fell by 14 percent in the
            third quarter, the steepest drop since the authority began publishing figures in 2009. Its director,
            Mara Lind, blamed higher fuel costs and a strike at two inland depots that lasted eleven days.
            Shipping lines had already moved some routes to the rival port of Kestrel Point, she told reporters,
            adding that talks with the unions would resume next week. A spokesman for the dock workers' union
            disputed the figures and said the decline began long before the strike.""";

    private final ContentFingerprinter fingerprinter = new ContentFingerprinter();

    @Test
    void sameWordsGiveTheSameExactKeyWhateverTheSpacingAndCase() {
        Fingerprint a = fingerprinter.fingerprint(STORY);
        Fingerprint b = fingerprinter.fingerprint(STORY.toUpperCase().replace("\n", "  \n\n "));
        assertEquals(a.exact(), b.exact());
        assertEquals(a.bucket(), b.bucket());
        assertEquals(1.0, ContentFingerprinter.similarity(a.signature(), b.signature()));
    }

    @Test
    void aLightlyEditedCopyIsSimilarAndAnUnrelatedStoryIsNot() {
        Fingerprint a = fingerprinter.fingerprint(STORY);
        Fingerprint edited = fingerprinter.fingerprint(STORY.replace("eleven days", "nearly two weeks"));
        Fingerprint other = fingerprinter.fingerprint(STORY.replace("port", "rail").replace("container", "passenger")
                .replace("Shipping lines", "Operators").replace("strike", "storm").replace("figures", "data"));
        assertNotEquals(a.exact(), edited.exact());
        double near = ContentFingerprinter.similarity(a.signature(), edited.signature());
        double far = ContentFingerprinter.similarity(a.signature(), other.signature());
        assertTrue(near >= 0.8, "edited copy similarity " + near);
        assertTrue(far < 0.5, "rewritten story similarity " + far);
    }

    @Test
    void fingerprintsAreStableAcrossInstances() {
        assertEquals(new ContentFingerprinter().fingerprint(STORY).bucket(), fingerprinter.fingerprint(STORY).bucket());
    }
}
