package io.claimwatch.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented but news-shaped articles for load tests: several outlets, many people, organisations and
 * places, quotes with attributions, figures, denials and reported speech, paragraphs of varied length,
 * some articles over 50 KB. Every story is different (numbers and names vary), so none is a
 * near-duplicate of another. Deterministic for a seed. Nothing here comes from a real article.
 */
final class NewsGenerator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] FIRST = {"Mara", "Tomas", "Ilse", "Oren", "Katya", "Delphine", "Ruslan", "Amira", "Jonas", "Petra",
        "Anselm", "Yelena", "Marek", "Soraya", "Emil", "Lidia", "Viktor", "Noor", "Henrik", "Zofia"};
    private static final String[] LAST = {"Velenko", "Harrow", "Kestrin", "Damaso", "Oberlin", "Stravik", "Maunder", "Quillan",
        "Roshenko", "Talvik", "Brennick", "Osterhall", "Lunev", "Carrow", "Vidmar", "Eskeland", "Morrow", "Zelinski"};
    private static final String[] ROLES = {"mayor", "governor", "spokesman", "foreign minister", "defence minister", "police chief",
        "senator", "regional commander", "prosecutor", "health minister"};
    private static final String[] PLACES = {"Eastbrook", "Karvisk", "Velmora", "Lindenfeld", "Port Amara", "Sorrel Bay",
        "Ostrava Nova", "Kestrel Point", "Valdoria", "Westmarch", "Tarnholm", "Brezno Vale"};
    private static final String[] ORGS = {"the Ministry of Defence of Velmora", "the Eastbrook City Council", "the Valdorian Army",
        "the International Monitoring Mission", "the Karvisk Water Authority", "the Northern Grain Union",
        "the Port Amara Harbour Board", "the Westmarch Election Commission"};
    private static final String[] OUTLETS = {"Eastbrook Herald", "Valdoria Post", "Karvisk Daily", "The Westmarch Wire", "Amara News"};
    private static final String[] NOUNS = {"families", "soldiers", "refugees", "workers", "buses", "homes", "tonnes of grain",
        "schools", "bridges", "voters"};
    private static final String[] VERBS = {"evacuated", "displaced", "rebuilt", "destroyed", "registered", "delivered", "closed",
        "reopened", "inspected", "counted"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] DENIALS = {"propaganda", "a complete fabrication", "baseless", "false"};

    private final Random random;

    NewsGenerator(long seed) {
        this.random = new Random(seed);
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    /** One sentence of one of the usual news forms. */
    private String sentence(int story) {
        int n = random.nextInt(9000) + 10;
        return switch (random.nextInt(8)) {
            case 0 -> person() + ", the " + pick(ROLES) + " of " + pick(PLACES) + ", said on " + pick(DAYS) + " that " + n + " "
                    + pick(NOUNS) + " had been " + pick(VERBS) + " in " + pick(PLACES) + ".";
            case 1 -> "“We have " + pick(VERBS) + " " + n + " " + pick(NOUNS) + " since the start of the month,” " + person()
                    + " told reporters in " + pick(PLACES) + ".";
            case 2 -> capitalise(pick(ORGS)) + " denied the report, calling it " + pick(DENIALS) + ".";
            case 3 -> "According to " + pick(ORGS) + ", " + n + " " + pick(NOUNS) + " were " + pick(VERBS) + " near " + pick(PLACES)
                    + " in story " + story + ".";
            case 4 -> "The " + pick(ROLES) + " of " + pick(PLACES) + " said the figure of " + n + " could not be independently verified.";
            case 5 -> capitalise(pick(ORGS)) + " accused " + pick(ORGS) + " of having " + pick(VERBS) + " " + n + " " + pick(NOUNS) + ".";
            case 6 -> "Residents of " + pick(PLACES) + " waited in the rain on " + pick(DAYS) + " as the " + n + "th convoy passed.";
            default -> person() + " added that talks with " + pick(ORGS) + " would resume within " + (n % 20 + 2) + " days.";
        };
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An article text of about {@code chars} characters, in paragraphs of two to five sentences. */
    String text(int story, int chars) {
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            int sentences = 2 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                b.append(i == 0 ? "" : " ").append(sentence(story));
            }
            b.append("\n\n");
        }
        return b.toString().strip();
    }

    /** Raw-article JSON for story {@code n}: most 3-12 KB, one in ten 50-80 KB, published {@code n} minutes after {@code start}. */
    String article(String idPrefix, int n, Instant start) {
        int chars = n % 10 == 9 ? 50_000 + random.nextInt(30_000) : 3_000 + random.nextInt(9_000);
        String outlet = OUTLETS[n % OUTLETS.length];
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", idPrefix + "-" + n);
        o.put("url", "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + idPrefix + "/" + n);
        o.put("source", outlet);
        o.put("title", "Story " + n + ": " + pick(PLACES) + " " + pick(VERBS));
        o.put("published_at", start.plusSeconds(60L * n).toString());
        o.put("text", text(n, chars));
        return o.toString();
    }

    List<String> articles(String idPrefix, int count, Instant start) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(idPrefix, i, start));
        }
        return out;
    }
}
