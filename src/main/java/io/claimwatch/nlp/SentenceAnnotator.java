package io.claimwatch.nlp;

import io.claimwatch.model.Annotation;
import io.claimwatch.model.CleanedText;
import io.claimwatch.model.Sentence;
import io.claimwatch.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences and tokens of the kept paragraphs, with OpenNLP's English models. Not thread-safe (the
 * OpenNLP tools are not): each operator instance or thread has its own.
 */
public final class SentenceAnnotator {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;

    public SentenceAnnotator(NlpModels models) {
        this.sentences = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
    }

    public Annotation annotate(String text, CleanedText cleaned) {
        List<Sentence> out = new ArrayList<>();
        int tokens = 0;
        for (TextSpan paragraph : cleaned.paragraphs()) {
            String p = paragraph.of(text);
            for (Span s : sentences.sentPosDetect(p)) {
                String sentence = s.getCoveredText(p).toString();
                int count = tokenizer.tokenizePos(sentence).length;
                tokens += count;
                out.add(new Sentence(paragraph.start() + s.getStart(), paragraph.start() + s.getEnd(), count));
            }
        }
        return new Annotation(out, tokens);
    }
}
