package io.claimwatch.nlp;

import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleIds;
import io.claimwatch.model.CleanedText;
import io.claimwatch.model.PreparedArticle;

/** Cleans an article and fingerprints what is left, the step before duplicate detection. */
public final class ArticlePreparer {

    private final TextCleaner cleaner;
    private final ContentFingerprinter fingerprinter = new ContentFingerprinter();

    public ArticlePreparer(TextCleaner cleaner) {
        this.cleaner = cleaner;
    }

    public static ArticlePreparer withDefaults() {
        return new ArticlePreparer(new TextCleaner(BoilerplateLexicon.loadDefault()));
    }

    public PreparedArticle prepare(Article article) {
        CleanedText cleaned = cleaner.clean(article.text());
        // A record without a URL cannot repeat another's URL: its own id stands in as the key.
        String urlKey = article.url() == null ? DuplicateMatcher.NO_URL_PREFIX + article.id() : ArticleIds.normaliseUrl(article.url());
        return new PreparedArticle(article, cleaned, urlKey, fingerprinter.fingerprint(cleaned.keptText(article.text())));
    }
}
