package io.claimwatch.nlp.extract;

import io.claimwatch.nlp.HtmlText;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The article in a web page: its body as plain text (one paragraph per line, blank lines between)
 * and what the page's metadata says about it. The one place where HTML becomes article text, for the
 * job, {@code analyze} and {@code ingest} alike.
 *
 * <p>The main content is found by Readability (Mozilla's reader-view algorithm, through its jsoup
 * port Readability4J), on the page stripped of furniture that is never content; what it keeps is
 * stripped again of what sits inside article containers (captions, share bars, related links, the
 * headline). Boilerplate written as text (credits, promos, bylines) is left to the
 * {@link io.claimwatch.nlp.TextCleaner}, which records what it drops. Stateless and thread-safe.
 */
public final class PageExtractor {

    /** Below this many words Readability found no article: the page's stripped text is used instead. */
    private static final int MIN_CONTENT_WORDS = 25;

    /**
     * Readability recurses over the tree and slows down with depth: a page nested deeper than this
     * (real pages stay far below; a hostile or broken one does not) is read without it.
     */
    private static final int MAX_DEPTH = 200;

    /** Base for relative links when the record has no URL (Readability resolves links; we keep only text). */
    private static final String NO_URL = "http://localhost/";

    public ExtractedPage extract(String html, String pageUrl) {
        String base = pageUrl == null || pageUrl.isBlank() ? NO_URL : pageUrl.strip();
        Document doc = Jsoup.parse(html, base);
        PageMetadata meta = PageMetadata.read(doc, pageUrl);
        PageFurniture.stripPage(doc);
        Element fallback = doc.body() == null ? null : doc.body().clone();
        Element content = mainContent(base, doc);
        String body = content == null ? "" : textOf(content, meta);
        if (words(body) < MIN_CONTENT_WORDS && fallback != null) {
            String whole = textOf(fallback, meta);
            if (words(whole) > words(body)) {
                body = whole;
            }
        }
        return new ExtractedPage(body, meta);
    }

    private static Element mainContent(String base, Document doc) {
        if (depth(doc) > MAX_DEPTH) {
            return null;
        }
        try {
            Article article = new Readability4J(base, doc).parse();
            return article.getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            // Readability gives up on some malformed pages; the page's own text is the fallback.
            return null;
        }
    }

    /** How deeply the page nests its elements (counted without recursion). */
    static int depth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), doc);
        return max[0];
    }

    private static String textOf(Element content, PageMetadata meta) {
        PageFurniture.stripContent(content);
        String text = HtmlText.toText(content);
        return withoutAuthor(withoutHeadline(text, meta.title()), meta.author());
    }

    /** A paragraph that only names the author (the page's byline) is metadata too. */
    static String withoutAuthor(String text, String author) {
        if (author == null || author.isBlank()) {
            return text;
        }
        String key = normalise(author);
        if (key.length() < 4) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        for (String p : text.split("\n\n")) {
            String n = normalise(p);
            boolean byline = n.equals(key) || n.equals("by" + key);
            if (!byline) {
                kept.add(p);
            }
        }
        return String.join("\n\n", kept);
    }

    /** The headline is metadata, not body: it leaves the first paragraphs when the page repeats it there. */
    static String withoutHeadline(String text, String title) {
        if (title == null || title.isBlank()) {
            return text;
        }
        String key = normalise(title);
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            String p = normalise(paragraphs.get(i));
            if (!p.isEmpty() && (p.equals(key) || (key.startsWith(p) && p.length() >= 20))) {
                paragraphs.remove(i);
                return String.join("\n\n", paragraphs).strip();
            }
        }
        return text;
    }

    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
