package io.claimwatch.nlp.parse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained dependency parser: its vocabulary, the weights of its POS tagger and the weights of its
 * transitions. Immutable and shared by all parsers of a JVM; written by {@code claimwatch train-parser}.
 */
public final class ParserModel {

    /** Trained by {@code claimwatch train-parser} on UD English EWT (see NOTICE). */
    public static final String RESOURCE = "/models/claimwatch-parser-en.bin";

    private static final int MAGIC = 0x43574450; // "CWDP"
    /** Bumped whenever the features or transitions change: an older model would parse garbage. */
    static final int FORMAT = 4;

    private static volatile ParserModel shared;

    final ParserVocabulary vocabulary;
    final LinearModel tagger;
    final LinearModel transitions;

    ParserModel(ParserVocabulary vocabulary, LinearModel tagger, LinearModel transitions) {
        this.vocabulary = vocabulary;
        this.tagger = tagger;
        this.transitions = transitions;
    }

    /** The model on the classpath, loaded once per JVM. */
    public static ParserModel get() {
        ParserModel m = shared;
        if (m == null) {
            synchronized (ParserModel.class) {
                m = shared;
                if (m == null) {
                    try (InputStream in = ParserModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("parser model " + RESOURCE + " is not on the classpath (train it with claimwatch train-parser)");
                        }
                        m = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read parser model " + RESOURCE, e);
                    }
                    shared = m;
                }
            }
        }
        return m;
    }

    /**
     * Whether a word (any case) is common enough in the treebank's English to be one of the parser's
     * own words: an English word, not a rare name.
     */
    public boolean isCommonWord(String word) {
        return vocabulary.words().containsKey(ParserVocabulary.normalize(word));
    }

    int classCount() {
        return 1 + 2 * vocabulary.labels().size();
    }

    /** Features and weights of the tagger and the transitions, for the training log. */
    public String size() {
        return String.format(java.util.Locale.ROOT, "tagger %,d features / %,d weights, transitions %,d features / %,d weights",
                tagger.featureCount(), tagger.weightCount(), transitions.featureCount(), transitions.weightCount());
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(FORMAT);
        writeSymbols(d, ordered(vocabulary.words()));
        writeSymbols(d, ordered(vocabulary.tags()));
        writeSymbols(d, vocabulary.labels());
        tagger.write(d);
        transitions.write(d);
        d.flush();
        gzip.finish(); // the caller owns the stream
    }

    public static ParserModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a Claimwatch parser model");
        }
        int format = d.readInt();
        if (format != FORMAT) {
            throw new IOException("parser model format " + format + ", this build reads format " + FORMAT + ": retrain with claimwatch train-parser");
        }
        List<String> words = readSymbols(d);
        List<String> tags = readSymbols(d);
        List<String> labels = readSymbols(d);
        LinearModel tagger = LinearModel.read(d);
        LinearModel transitions = LinearModel.read(d);
        return new ParserModel(new ParserVocabulary(ParserVocabulary.index(words), ParserVocabulary.index(tags), labels), tagger, transitions);
    }

    static List<String> ordered(Map<String, Integer> index) {
        String[] out = new String[index.size()];
        index.forEach((s, i) -> out[i] = s);
        return List.of(out);
    }

    private static void writeSymbols(DataOutputStream d, List<String> symbols) throws IOException {
        d.writeInt(symbols.size());
        for (String s : symbols) {
            d.writeUTF(s);
        }
    }

    private static List<String> readSymbols(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(d.readUTF());
        }
        return out;
    }
}
