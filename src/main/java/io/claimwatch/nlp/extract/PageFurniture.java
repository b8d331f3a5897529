package io.claimwatch.nlp.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The parts of a web page that are never the article, recognised by element and by the names pages
 * give them (class, id, role): navigation, share bars, comment sections, related-story and newsletter
 * boxes, cookie banners, captions and credits, hidden elements. Applied to the page before the main
 * content is found and to the content found, because a content finder keeps what sits inside the
 * article's container.
 */
final class PageFurniture {

    /** Elements that never hold article text. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, svg, iframe, object, embed, canvas, "
            + "button, select, input, textarea, label, nav, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=banner], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], dialog";

    /** Inside the content: pictures' captions and credits, forms, asides. */
    private static final String NOT_BODY = "figcaption, figure, picture, aside, form, footer, nav, [itemprop=caption], "
            + "[itemprop=author], [rel=author], address, h1";

    /**
     * Class or id words that name furniture. Matched against each class and the id, split at
     * {@code -}, {@code _} and case changes are kept whole: "share-bar" matches "share", "shared" does not.
     */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)^(?:.*[-_])?(?:comments?|commentlist|disqus|respond|replies|share|sharing|shares|social|sociallinks|"
            + "addthis|sharethis|related|relatedposts|recommended|recommendations|recirc|more-?stories|readmore|"
            + "read-more|also-?read|outbrain|taboola|newsletter|newsletters|subscribe|subscription|signup|sign-?up|"
            + "paywall|cookies?|cookiebar|consent|gdpr|cmp|advert|advertisement|ads?|adslot|ad-?container|dfp|sponsor|"
            + "sponsored|promo|promotion|breadcrumbs?|tags|tag-?list|taglist|keywords|byline|bylines|author-?bio|"
            + "author-?box|authorinfo|about-?the-?author|caption|captions|credit|credits|wp-caption-text|"
            + "photo-?credit|image-?credit|skip|sidebar|widget|widgets|masthead|topbar|navbar|navigation|menu|"
            + "popup|modal|overlay|toolbar|print|pagination|pager|post-?nav|nav-?links|jump-?links|"
            + "most-?popular|most-?read|trending|teasers?|newsletter-?signup|inline-?promo|rail)(?:[-_].*)?$");

    /** "no-sidebar", "has-comments", "with-share": a layout flag on a container, not the furniture itself. */
    private static final Pattern MODIFIER = Pattern.compile("(?i)(?:no|has|with|without|show|hide|is)[-_]");

    private PageFurniture() {}

    /** Removes from the whole page what is furniture by its element or role. */
    static void stripPage(Element root) {
        root.select(NEVER_CONTENT).remove();
        root.select("[style]").stream().filter(PageFurniture::hiddenByStyle).toList().forEach(Element::remove);
    }

    /** Removes from the main content what is furniture by its element or by its name. */
    static void stripContent(Element content) {
        content.select(NEVER_CONTENT).remove();
        content.select(NOT_BODY).remove();
        int total = content.text().length();
        Elements named = new Elements();
        for (Element e : content.getAllElements()) {
            // A box that holds most of the content is the article under an odd name, not furniture.
            if (e != content && isFurnitureByName(e) && e.text().length() < total / 2) {
                named.add(e);
            }
        }
        named.remove();
    }

    static boolean isFurnitureByName(Element e) {
        for (String c : names(e)) {
            if (FURNITURE_NAME.matcher(c).matches() && !MODIFIER.matcher(c).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Element e) {
        List<String> out = new java.util.ArrayList<>(e.classNames());
        if (!e.id().isEmpty()) {
            out.add(e.id());
        }
        return out;
    }

    private static boolean hiddenByStyle(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
