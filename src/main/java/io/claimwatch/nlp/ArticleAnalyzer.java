package io.claimwatch.nlp;

import io.claimwatch.model.Annotation;
import io.claimwatch.model.CleanedText;

/**
 * Cleaning then annotation of one text, outside any stream: what {@code claimwatch analyze} and the
 * benchmark run. The Flink job runs the same two classes as two operators (clean, then annotate after
 * duplicate detection). Not thread-safe.
 */
public final class ArticleAnalyzer {

    /** A text's cleaning and annotation. */
    public record Analysis(CleanedText cleaned, Annotation annotation) {}

    private final TextCleaner cleaner;
    private final SentenceAnnotator annotator;

    public ArticleAnalyzer(TextCleaner cleaner, SentenceAnnotator annotator) {
        this.cleaner = cleaner;
        this.annotator = annotator;
    }

    public static ArticleAnalyzer withDefaults() {
        return new ArticleAnalyzer(new TextCleaner(BoilerplateLexicon.loadDefault()), new SentenceAnnotator(NlpModels.get()));
    }

    public Analysis analyze(String text) {
        CleanedText cleaned = cleaner.clean(text);
        return new Analysis(cleaned, annotator.annotate(text, cleaned));
    }
}
