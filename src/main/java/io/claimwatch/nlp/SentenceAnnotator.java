package io.claimwatch.nlp;

import io.claimwatch.claims.CheckWorthinessModel;
import io.claimwatch.claims.ClaimCues;
import io.claimwatch.claims.StatementExtractor;
import io.claimwatch.model.Annotation;
import io.claimwatch.model.Entity;
import io.claimwatch.model.CleanedText;
import io.claimwatch.model.RemovedSpan;
import io.claimwatch.model.Sentence;
import io.claimwatch.model.TextSpan;
import io.claimwatch.nlp.entities.EntityAnnotator;
import io.claimwatch.nlp.entities.EntityKnowledge;
import io.claimwatch.nlp.parse.ParserModel;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Annotates the kept paragraphs of a cleaned article: sentences, tokens (with POS tags), canonical
 * entities and statements (claimer, label, check-worthiness, in-article disputes). The one annotator of the Flink job, {@code analyze} and the benchmark. Not thread-safe
 * (the OpenNLP tools are not): each operator instance or thread has its own.
 */
public final class SentenceAnnotator {

    private final SentenceSplitter sentences;
    private final NewsTokenizer tokenizer;
    private final EntityAnnotator entities;
    private final StatementExtractor statements;

    public SentenceAnnotator(NlpModels models) {
        this(models, EntityKnowledge.get());
    }

    public SentenceAnnotator(NlpModels models, EntityKnowledge knowledge) {
        this.sentences = new SentenceSplitter(models.sentenceModel(), SentenceSplitter.Abbreviations.get());
        this.tokenizer = new NewsTokenizer(models);
        this.entities = new EntityAnnotator(models, knowledge);
        this.statements = new StatementExtractor(CheckWorthinessModel.get(), ClaimCues.get(), knowledge, ParserModel.get());
    }

    public Annotation annotate(String text, CleanedText cleaned) {
        List<Sentence> out = new ArrayList<>();
        List<TokenizedSentence> tokenized = new ArrayList<>();
        int tokens = 0;
        for (TextSpan paragraph : cleaned.paragraphs()) {
            String p = paragraph.of(text);
            for (Span s : sentences.split(p)) {
                TokenizedSentence t = tokenizer.tokenize(text, paragraph.start() + s.getStart(), paragraph.start() + s.getEnd());
                tokens += t.size();
                tokenized.add(t);
                out.add(new Sentence(t.start(), t.end(), t.size()));
            }
        }
        List<Entity> found = entities.annotate(text, withNamingSpans(text, cleaned, tokenized));
        return new Annotation(out, tokens, found, statements.extract(text, tokenized, found));
    }

    /**
     * The kept sentences plus the captions and bylines the cleaner cut out, in text order: those are
     * not statements, but the people and organisations they name belong to the article.
     */
    private List<TokenizedSentence> withNamingSpans(String text, CleanedText cleaned, List<TokenizedSentence> kept) {
        List<TokenizedSentence> all = new ArrayList<>(kept);
        for (RemovedSpan r : cleaned.removed()) {
            if (!r.why().equals(TextCleaner.CAPTION) && !r.why().equals(TextCleaner.BYLINE)) {
                continue;
            }
            String span = text.substring(r.start(), r.end());
            for (Span s : sentences.split(span)) {
                all.add(tokenizer.tokenize(text, r.start() + s.getStart(), r.start() + s.getEnd()));
            }
        }
        if (all.size() > kept.size()) {
            all.sort(java.util.Comparator.comparingInt(TokenizedSentence::start));
        }
        return all;
    }
}
