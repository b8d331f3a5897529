package io.claimwatch.nlp;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page to plain text with one paragraph per block element, so that the cleaner can
 * treat paragraphs the same way for HTML and plain-text input.
 */
public final class HtmlText {

    /** Elements that never hold article text. */
    private static final String NON_CONTENT = "script, style, noscript, template, svg, iframe, nav, form, button, select";

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "blockquote", "figcaption", "figure", "table", "tr", "pre", "dd", "dt", "br", "hr");

    private HtmlText() {}

    public static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(NON_CONTENT).remove();
        return toText(doc.body() == null ? doc : doc.body());
    }

    /** The text of one element (and its descendants), one paragraph per block element. */
    public static String toText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String t = text.getWholeText().replaceAll("\\s+", " ");
                    if (!t.isBlank()) {
                        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                                && Character.isWhitespace(t.charAt(0))) {
                            out.append(' ');
                        }
                        out.append(t.strip());
                        if (Character.isWhitespace(t.charAt(t.length() - 1))) {
                            out.append(' ');
                        }
                    }
                } else if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    paragraphBreak(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    paragraphBreak(out);
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void paragraphBreak(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        if (len > 0 && !(len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n')) {
            out.append(out.charAt(len - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
