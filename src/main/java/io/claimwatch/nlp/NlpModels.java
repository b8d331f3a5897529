package io.claimwatch.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

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
            posModel = new POSModel(p);
            nameModel = new TokenNameFinderModel(n);
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
