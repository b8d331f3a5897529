package io.claimwatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class NlpModelsTest {

    @Test
    void theNameAndPosModelsAreLoadedWithTheirGreedyBeam() {
        assertEquals(Integer.toString(NlpModels.NAME_BEAM), NlpModels.get().nameModel().getManifestProperty("BeamSize"));
        assertEquals(Integer.toString(NlpModels.POS_BEAM), NlpModels.get().posModel().getManifestProperty("BeamSize"));
    }

    @Test
    void aModelWithItsBeamSetKeepsEveryOtherPart() throws Exception {
        TokenNameFinderModel original;
        TokenNameFinderModel rewritten;
        try (InputStream a = NlpModels.class.getResourceAsStream(NlpModels.NAME_MODEL);
                InputStream b = NlpModels.class.getResourceAsStream(NlpModels.NAME_MODEL)) {
            original = new TokenNameFinderModel(a);
            rewritten = new TokenNameFinderModel(NlpModels.withBeamSize(b, 5));
        }
        assertEquals("3", original.getManifestProperty("BeamSize"));
        assertEquals("5", rewritten.getManifestProperty("BeamSize"));
        assertEquals(original.getManifestProperty("Training-Eventhash"), rewritten.getManifestProperty("Training-Eventhash"));
        String[] tokens = {"Teodor", "Malvane", "visited", "Brasvik", "on", "Monday", "."};
        assertEquals(java.util.Arrays.toString(new opennlp.tools.namefind.NameFinderME(original).find(tokens)),
                java.util.Arrays.toString(new opennlp.tools.namefind.NameFinderME(rewritten).find(tokens)));
    }
}
