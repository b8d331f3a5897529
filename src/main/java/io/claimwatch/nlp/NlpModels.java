package io.claimwatch.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The OpenNLP models, loaded once per JVM from the Maven Central model jars on the classpath. Models
 * are immutable and shared; the tools built on them are not.
 */
public final class NlpModels {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Trained by {@code claimwatch train-ner} from the open NER corpora (see NOTICE). */
    public static final String NAME_MODEL = "/models/claimwatch-ner-en.bin";

    /**
     * The name finder keeps the beam of 3 it was trained with. Greedy decoding scored the same on the
     * dev set (entity F1 0.937 against 0.936) for a third of the work, but lost whole names where the
     * first token decides ("Elon Musk has clashed ..." at the start of an article came out as "Musk"
     * alone), and with them the claimers that refer back to the person.
     */
    static final int NAME_BEAM = 3;
    /** The POS tagger decodes greedily too: with a beam of 3 (its default) it tags UD EWT test no better (91.89% both). */
    static final int POS_BEAM = 1;

    private static volatile NlpModels shared;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final TokenNameFinderModel nameModel;

    private NlpModels() throws IOException {
        try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKENIZER_MODEL); InputStream p = open(POS_MODEL);
                InputStream n = open(NAME_MODEL)) {
            sentenceModel = new SentenceModel(s);
            tokenizerModel = new TokenizerModel(t);
            posModel = new POSModel(withBeamSize(p, POS_BEAM));
            nameModel = new TokenNameFinderModel(withBeamSize(n, NAME_BEAM));
        }
    }

    public static NlpModels get() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = shared;
                if (m == null) {
                    try {
                        m = new NlpModels();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load OpenNLP models", e);
                    }
                    shared = m;
                }
            }
        }
        return m;
    }

    /**
     * An OpenNLP model archive with the beam size of its decoder set: the name model was trained
     * with the default beam of 3, and its manifest is where the name finder reads the beam it decodes with.
     */
    static InputStream withBeamSize(InputStream model, int beamSize) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(model); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("manifest.properties")) {
                    java.util.Properties manifest = new java.util.Properties();
                    manifest.load(in);
                    manifest.setProperty("BeamSize", Integer.toString(beamSize));
                    manifest.store(out, null);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    public POSModel posModel() {
        return posModel;
    }

    public TokenNameFinderModel nameModel() {
        return nameModel;
    }
}
