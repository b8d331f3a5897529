package io.claimwatch.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features of one sentence for the check-worthiness model: words (numbers folded to their shape),
 * word pairs, and signals of factual content: numbers, percentages, money, years, comparisons,
 * first and second person, questions, modality. OpenNLP instantiates it by name when the model loads.
 */
public final class CheckWorthinessFeatures implements FeatureGenerator {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "me", "my", "we", "we're", "our", "us");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "you're");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "his", "her", "their", "him", "them", "it");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "made", "went", "got", "gave", "took",
            "came", "left", "lost", "won", "paid", "built", "sent", "cut", "put", "told", "knew", "saw", "spent", "brought",
            "bought", "rose", "fell", "grew", "began", "led", "voted", "signed", "passed", "killed");
    private static final Set<String> MODALS = Set.of("will", "would", "should", "could", "might", "must", "can", "may");
    private static final Set<String> QUANTITY_WORDS = Set.of("percent", "%", "million", "billion", "trillion", "thousand",
            "thousands", "hundreds", "dollars", "$", "half", "twice", "times", "number", "rate", "average", "more", "less",
            "fewer", "most", "least", "largest", "highest", "lowest", "increased", "decreased", "doubled", "cut", "raised");

    /** The sentence as word tokens (case kept), punctuation split off, numbers kept as written. */
    public static String[] tokens(String sentence) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String s = sentence.replace('’', '\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean inWord = Character.isLetterOrDigit(c) || (c == '\'' || c == '.' || c == ',') && w.length() > 0
                    && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
            if (inWord) {
                w.append(c);
            } else {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
                if (c == '%' || c == '$' || c == '?' || c == '!') {
                    out.add(String.valueOf(c));
                }
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out.toArray(String[]::new);
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> f = new ArrayList<>(text.length * 3 + 8);
        String prev = "<s>";
        boolean number = false;
        boolean year = false;
        int quantity = 0;
        int first = 0;
        int second = 0;
        int modal = 0;
        boolean question = false;
        int past = 0;
        int third = 0;
        int capitals = 0;
        for (int i = 0; i < text.length; i++) {
            String raw = text[i].toLowerCase(Locale.ROOT);
            String t = raw;
            if (i > 0 && Character.isUpperCase(text[i].charAt(0)) && !raw.equals("i")) {
                capitals++;
            }
            past += raw.length() > 4 && raw.endsWith("ed") || PAST.contains(raw) ? 1 : 0;
            third += THIRD_PERSON.contains(raw) ? 1 : 0;
            if (NUMBER.matcher(raw).matches()) {
                number = true;
                year |= raw.length() == 4 && (raw.startsWith("19") || raw.startsWith("20"));
                t = year && raw.length() == 4 ? "<year>" : "<num>";
            }
            f.add("w=" + t);
            f.add("b=" + prev + "_" + t);
            prev = t;
            quantity += QUANTITY_WORDS.contains(raw) ? 1 : 0;
            first += FIRST_PERSON.contains(raw) ? 1 : 0;
            second += SECOND_PERSON.contains(raw) ? 1 : 0;
            modal += MODALS.contains(raw) ? 1 : 0;
            question |= raw.equals("?");
        }
        f.add("b=" + prev + "_</s>");
        f.add("len=" + Math.min(text.length / 5, 8));
        f.add(number ? "has=number" : "no=number");
        if (year) {
            f.add("has=year");
        }
        if (quantity > 0) {
            f.add("has=quantity");
            f.add(number ? "has=number+quantity" : "has=quantity-only");
        }
        f.add("first=" + Math.min(first, 2));
        f.add("second=" + Math.min(second, 2));
        f.add("modal=" + Math.min(modal, 2));
        if (question) {
            f.add("has=question");
        }
        f.add("past=" + Math.min(past, 2));
        f.add("third=" + Math.min(third, 2));
        f.add("names=" + Math.min(capitals, 3));
        return f;
    }
}
