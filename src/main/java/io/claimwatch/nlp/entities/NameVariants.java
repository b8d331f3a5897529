package io.claimwatch.nlp.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling-insensitive keys for names, so that transliteration variants of one name meet:
 * Zelenskyy, Zelenskiy and Zelensky; Izium, Izyum and Izioum; Bakhmut and Bakhmout; Balakliïa and
 * Balakliya; Prigozhin and Prigojine. Other doubled letters stay, so ids stay readable ("anna"). The rules are those that differ between English, French and German
 * romanisations of Slavic and Arabic names; they only ever compare names with names.
 */
public final class NameVariants {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** A final -ine in a French romanisation (ou, j, gue, ss, tch: Poutine, Prigojine), not "Marine" or "Sabine". */
    private static final java.util.regex.Pattern FRENCH_FINAL_E = java.util.regex.Pattern.compile("\\b(\\p{L}*(?:ou|j|gue|ss|tch)\\p{L}*)ine ");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "de", "la", "le", "du", "von", "der", "van", "al");

    private NameVariants() {}

    /** The variant key: lower case, no diacritics or punctuation, romanisation differences folded. */
    public static String key(String name) {
        String key = KEYS.get(name);
        if (key == null) {
            key = spellingKey(name);
            if (KEYS.size() >= KEY_CACHE) {
                KEYS.clear(); // news repeats the same names and words: a full cache is rebuilt from those soon enough
            }
            KEYS.put(name, key);
        }
        return key;
    }

    /**
     * Keys already computed, shared by the annotators of a JVM: the entity steps ask for the key of
     * every capitalised word and every candidate, mostly the same few thousand from one article to
     * the next, and a key costs a normalisation, a regex and a dozen replacements.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KEY_CACHE = 50_000;

    private static String spellingKey(String name) {
        String s = (isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '’' || c == 'ʼ' || c == '´' || c == '`' || c == '.') {
                continue;
            }
            words.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        String w = " " + SPACES.matcher(words.toString().trim()).replaceAll(" ") + " ";
        // French romanisations: j for zh (Prigojine, Zaporijjia), gue for ge (Evgueni), ss between vowels
        // (Guerassimov), a final e after n (Poutine, Prigojine).
        w = FRENCH_FINAL_E.matcher(w).replaceAll("$1in ");
        w = w.replace("defence", "defense").replace("tch", "ch").replace("ou", "u").replace("x", "ks")
                .replace("gue", "ge").replace("ss", "s")
                .replace("j", "zh").replace('y', 'i').replace('w', 'v').replace("zhzh", "zh").replace("ck", "k");
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'i' && out.length() > 0 && out.charAt(out.length() - 1) == 'i') {
                continue; // Zelenskyy, Zelenskiy, Balakliia: "ii" once y is i
            }
            out.append(c);
        }
        return out.toString().trim();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** A stable, readable id: "Volodymyr Zelensky" → "volodymyr-zelensky". */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '’' || c == '.') {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /**
     * A readable id that still joins transliterations across articles: the slug of the name as
     * written, where each word that is neither a common English word nor a given name (as judged by
     * {@code keepsSpelling}, given the lower-case word) and not an acronym folds the variants of
     * romanised names that keep it readable: diacritics, y/i after the first letter, "ii", ou/u and a
     * final -ine/-in. "International Monitoring Mission" → {@code international-monitoring-mission};
     * "Volodymyr Zelenskyy" and "Volodymyr Zelenskiy" → {@code volodimir-zelenski}; "Paul Whelan" →
     * {@code paul-whelan}.
     */
    public static String id(String name, java.util.function.Predicate<String> keepsSpelling) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : SPACES.split(name.replace('-', ' ').replace('/', ' '))) {
            String plain = slug(word).replace("-", "");
            if (plain.isEmpty()) {
                continue;
            }
            boolean keep = acronym(word.replace("'", "").replace("’", "")) != null || keepsSpelling.test(plain)
                    || !isAscii(word) && keepsSpelling.test(slug(Normalizer.normalize(word, Normalizer.Form.NFD)).replace("-", ""));
            if (out.length() > 0) {
                out.append('-');
            }
            out.append(keep ? plain : fold(plain));
        }
        return out.toString();
    }

    /** The readable folds of {@link #id}: y/i after the first letter, "ii", ou/u, a French final -ine/-in. */
    private static String fold(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'y' && i > 0) {
                c = 'i';
            }
            if (c == 'i' && b.length() > 0 && b.charAt(b.length() - 1) == 'i') {
                continue;
            }
            if (c == 'u' && b.length() > 0 && b.charAt(b.length() - 1) == 'o') {
                b.setCharAt(b.length() - 1, 'u');
                continue;
            }
            b.append(c);
        }
        String f = b.toString();
        boolean french = w.contains("ou") || w.contains("j") || w.contains("gue") || w.contains("ss") || w.contains("tch");
        return french && f.endsWith("ine") ? f.substring(0, f.length() - 1) : f;
    }

    /** Initials of the significant words: "United States" → "US", "Armed Forces of Ukraine" → "AFU". */
    public static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) && Character.isLetter(word.charAt(0))) {
                b.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return b.toString();
    }

    /** An acronym as written: two to six capitals, dots allowed ("US", "U.S.", "NATO"). */
    public static String acronym(String text) {
        String letters = text.replace(".", "");
        if (letters.length() < 2 || letters.length() > 6) {
            return null;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isUpperCase(letters.charAt(i))) {
                return null;
            }
        }
        return letters;
    }
}
