package io.claimwatch.nlp.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: title, publication time, canonical URL, author. Read from the
 * page's structured data, strongest first: JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}...), then Open Graph and other {@code <meta>} tags, then {@code <time>},
 * {@code <link rel=canonical>} and {@code <title>}. A field the page does not give is null.
 */
public record PageMetadata(String title, Instant published, String canonicalUrl, String author, String siteName) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code <meta>} names and properties that carry the publication time, in order of trust. */
    private static final List<String> DATE_META = List.of(
            "article:published_time", "og:article:published_time", "datepublished", "publishdate", "publish-date",
            "pubdate", "publication_date", "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued",
            "dcterms.created", "dc.date", "date", "og:published_time", "article:modified_time");

    private static final List<String> TITLE_META = List.of("og:title", "twitter:title", "headline", "dc.title");

    public static PageMetadata read(Document doc, String pageUrl) {
        List<JsonNode> articles = jsonLdArticles(doc);
        String siteName = meta(doc, List.of("og:site_name", "application-name"));
        String title = firstNonBlank(fromJsonLd(articles, "headline"), fromJsonLd(articles, "name"), meta(doc, TITLE_META),
                withoutSiteName(titleElement(doc), siteName));
        Instant published = PageDates.parse(fromJsonLd(articles, "datePublished"));
        if (published == null) {
            published = PageDates.parse(fromJsonLd(articles, "dateCreated"));
        }
        if (published == null) {
            published = dateFromMeta(doc);
        }
        if (published == null) {
            published = dateFromTime(doc);
        }
        if (published == null) {
            published = PageDates.parse(fromJsonLd(articles, "dateModified"));
        }
        String canonical = absolute(firstNonBlank(attr(doc.selectFirst("link[rel=canonical][href]"), "href"),
                meta(doc, List.of("og:url")), fromJsonLd(articles, "url")), pageUrl);
        String author = firstNonBlank(authorFromJsonLd(articles), meta(doc, List.of("author", "article:author", "byl",
                "parsely-author", "dc.creator")));
        return new PageMetadata(clean(title), published, canonical, clean(author), clean(siteName));
    }

    /** The JSON-LD objects that describe a creative work (an article, a post, a page), in page order. */
    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found, 0);
            } catch (IOException e) {
                // Broken structured data is common; the other sources of metadata still count.
            }
        }
        // Articles first (a page often also describes its organisation, breadcrumbs, the website).
        List<JsonNode> ordered = new ArrayList<>();
        found.stream().filter(PageMetadata::isArticle).forEach(ordered::add);
        found.stream().filter(n -> !isArticle(n) && isWork(n)).forEach(ordered::add);
        return ordered;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode n) {
        return types(n).stream().anyMatch(t -> t.endsWith("article") || t.equals("blogposting") || t.equals("reportagenews")
                || t.equals("liveblogposting") || t.equals("socialmediaposting") || t.equals("report"));
    }

    private static boolean isWork(JsonNode n) {
        return types(n).stream().anyMatch(t -> t.equals("webpage") || t.equals("creativework") || t.equals("videoobject"));
    }

    private static List<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        List<String> out = new ArrayList<>();
        if (t != null && t.isTextual()) {
            out.add(t.asText().toLowerCase(Locale.ROOT));
        } else if (t != null && t.isArray()) {
            t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static String fromJsonLd(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
            if (v != null && v.isObject() && v.path("@id").isTextual()) {
                return v.path("@id").asText();
            }
        }
        return null;
    }

    private static String authorFromJsonLd(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            JsonNode a = n.get("author");
            if (a == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode x : a.isArray() ? a : List.of(a)) {
                String name = x.isTextual() ? x.asText() : x.path("name").asText("");
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static Instant dateFromMeta(Document doc) {
        for (String key : DATE_META) {
            for (Element m : doc.select("meta[content]")) {
                if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                        || key.equalsIgnoreCase(m.attr("itemprop"))) {
                    Instant t = PageDates.parse(m.attr("content"));
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /** A {@code <time>} the page marks as the publication time, else the first one with a machine-readable time. */
    private static Instant dateFromTime(Document doc) {
        for (String query : List.of("[itemprop=datePublished][datetime]", "[itemprop=datePublished][content]",
                "time[pubdate][datetime]", "time[datetime]")) {
            for (Element e : doc.select(query)) {
                Instant t = PageDates.parse(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String meta(Document doc, List<String> keys) {
        for (String key : keys) {
            for (Element m : doc.select("meta[content]")) {
                if ((key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                        || key.equalsIgnoreCase(m.attr("itemprop"))) && !m.attr("content").isBlank()) {
                    return m.attr("content");
                }
            }
        }
        return null;
    }

    private static String titleElement(Document doc) {
        Element t = doc.selectFirst("head > title, title");
        return t == null ? null : t.text();
    }

    /**
     * A {@code <title>} usually ends with the outlet: "Headline | Outlet", "Headline - Outlet.com".
     * Cut after a bar always, after a dash only when what follows is the site's name or a host name.
     */
    static String withoutSiteName(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        int bar = t.indexOf(" | ");
        if (bar > 0 && t.substring(0, bar).split("\\s+").length >= 3) {
            return t.substring(0, bar).strip();
        }
        for (String dash : List.of(" - ", " – ", " — ", " :: ")) {
            int i = t.lastIndexOf(dash);
            if (i > 0) {
                String tail = t.substring(i + dash.length()).strip();
                boolean site = (siteName != null && tail.equalsIgnoreCase(siteName.strip()))
                        || tail.matches("(?i)[\\w-]+(\\.[\\w-]+)+");
                if (site) {
                    return t.substring(0, i).strip();
                }
            }
        }
        return t;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    /** An absolute http(s) URL, resolving a relative one against the page's own URL; else null. */
    static String absolute(String candidate, String pageUrl) {
        if (candidate == null || candidate.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(candidate.strip());
            if (!uri.isAbsolute() && pageUrl != null && !pageUrl.isBlank()) {
                uri = new URI(pageUrl.strip()).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
