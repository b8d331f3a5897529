package io.claimwatch.nlp;

import io.claimwatch.model.Annotation;
import io.claimwatch.model.ArticleCaps;
import io.claimwatch.model.CleanedText;
import io.claimwatch.model.Truncation;

/**
 * Cleaning then annotation of one text, outside any stream: what {@code claimwatch analyze} and the
 * benchmark run. The Flink job runs the same two classes as two operators (clean, then annotate after
 * duplicate detection). Not thread-safe.
 */
public final class ArticleAnalyzer {

    /** A text's cleaning and annotation, and what the caps left out of it. */
    public record Analysis(CleanedText cleaned, Annotation annotation, Truncation truncation) {}

    private final TextCleaner cleaner;
    private final BoundedAnnotator annotator;

    public ArticleAnalyzer(TextCleaner cleaner, SentenceAnnotator annotator) {
        this(cleaner, annotator, ArticleCaps.DEFAULTS);
    }

    public ArticleAnalyzer(TextCleaner cleaner, SentenceAnnotator annotator, ArticleCaps caps) {
        this.cleaner = cleaner;
        this.annotator = new BoundedAnnotator(annotator, caps);
    }

    public static ArticleAnalyzer withDefaults() {
        return withCaps(ArticleCaps.DEFAULTS);
    }

    /** The job's cleaner and annotator under these caps (the job's own, from its configuration). */
    public static ArticleAnalyzer withCaps(ArticleCaps caps) {
        return new ArticleAnalyzer(new TextCleaner(BoilerplateLexicon.loadDefault()), new SentenceAnnotator(NlpModels.get()), caps);
    }

    public Analysis analyze(String text) {
        CleanedText cleaned = cleaner.clean(text);
        BoundedAnnotator.Result r = annotator.annotate(text, cleaned);
        return new Analysis(cleaned, r.annotation(), r.truncation());
    }
}
