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
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "de", "la", "le", "du", "von", "der", "van", "al");

    private NameVariants() {}

    /** The variant key: lower case, no diacritics or punctuation, romanisation differences folded. */
    public static String key(String name) {
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
        w = w.replace("defence", "defense").replace("tch", "ch").replace("ou", "u").replace("x", "ks")
                .replace("gue", "ge").replace("ss", "s").replace("ine ", "in ")
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
