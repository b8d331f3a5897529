package io.claimwatch.nlp.entities;

import io.claimwatch.model.EntityType;
import io.claimwatch.nlp.TokenizedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Finds the names of one sentence and types what the sentence itself tells: proper-noun chunks (POS
 * tags and capitals, joined by "of", "von der"...), institutions named in lower case ("the defence
 * ministry", "Chernihiv city council"), groups ("Wagner paramilitary group"), then each chunk's type
 * from the alias table, titles ("President X"), organisation heads ("... Ministry"), the gazetteer,
 * speech cues ("X said"), given names, the trained model and coordination with typed names.
 */
final class MentionFinder {

    private static final int LARGE_CITY = 100_000;
    private static final int MAX_KNOWN_TOKENS = 8;
    private static final Set<String> PLACE_AFTER = Set.of("region", "province", "oblast", "district", "county", "city",
            "town", "village", "river", "area", "valley", "settlement", "municipality", "governorate", "state", "island");
    /** Place words that are common surnames too: after a given name alone they end a person's name. */
    private static final Set<String> SURNAME_HEADS = Set.of("hill", "field", "lake", "wood", "brook", "park", "ford");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "outside", "around", "towards", "toward");
    private static final java.util.regex.Pattern DEMONYM_SHAPE = java.util.regex.Pattern.compile("[A-Z][a-z]+(ian|ean|ese|ish|i)");

    private final EntityKnowledge knowledge;
    private final EntityLexicon lexicon;

    MentionFinder(EntityKnowledge knowledge) {
        this.knowledge = knowledge;
        this.lexicon = knowledge.lexicon();
    }

    /**
     * @param namesInText keys of words the article writes with a capital inside a sentence: at a
     *     sentence's start those are names too
     */
    List<Candidate> find(String text, TokenizedSentence s, int sentence, Span[] modelNames, Set<String> namesInText) {
        int n = s.size();
        boolean[] used = new boolean[n];
        boolean[] nameLike = new boolean[n];
        boolean titleCase = isTitleCase(s);
        for (int i = 0; i < n; i++) {
            // In a Title Case Headline capitals say nothing: only names known as such count there.
            nameLike[i] = titleCase ? isKnownWord(s.tokens()[i]) : isNameLike(s, i, namesInText);
        }
        List<Candidate> out = new ArrayList<>();
        findPartyStateTags(text, s, sentence, used, out);
        findInstitutions(text, s, sentence, nameLike, used, out, modelNames);
        findGroups(text, s, sentence, nameLike, used, out);
        List<Candidate> chunks = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!nameLike[i] || used[i]) {
                i++;
                continue;
            }
            int known = knownNameEnd(text, s, i, nameLike, used);
            int j = known > 0 ? known : splitAfterKnownName(text, s, i, chunkEnd(s, i, nameLike, used));
            Candidate c = typeChunk(text, s, sentence, i, j, modelNames);
            if (c != null) {
                chunks.add(c);
            }
            i = j;
        }
        coordinate(s, chunks);
        out.addAll(chunks);
        return out;
    }

    // ---- what may be part of a name

    /** Most words of four letters or more capitalised, and at least four of them: a Title Case line. */
    private static boolean isTitleCase(TokenizedSentence s) {
        int words = 0;
        int capitals = 0;
        for (String t : s.tokens()) {
            if (t.length() >= 4 && Character.isLetter(t.charAt(0))) {
                words++;
                capitals += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitals * 10 >= words * 8;
    }

    private boolean isKnownWord(String t) {
        return Character.isUpperCase(t.charAt(0)) && !lexicon.notNames().contains(t.toLowerCase(Locale.ROOT))
                && (knowledge.aliases().find(t) != null || knowledge.gazetteer().place(t) != null);
    }

    private boolean isNameLike(TokenizedSentence s, int i, Set<String> namesInText) {
        String t = s.tokens()[i];
        char c = t.charAt(0);
        String lower = t.toLowerCase(Locale.ROOT);
        if (!Character.isLetter(c)) {
            return false;
        }
        if (lexicon.notNames().contains(lower)) {
            // Alone "Northern" or "Monday" is no name; inside one ("Northern Grain Consortium") it is part of it.
            boolean nextCapital = i + 1 < s.size() && Character.isUpperCase(s.tokens()[i + 1].charAt(0));
            if (!nextCapital || i == 0 || opensSentence(s, i)) {
                return false;
            }
        }
        if (Character.isLowerCase(c)) {
            // "kyiv": a known name written in lower case (never a gazetteer town: too many are words).
            return t.length() >= 4 && isNounTag(s.tags()[i]) && knowledge.aliases().find(t) != null
                    && knowledge.aliases().find(t).type() == EntityType.LOC;
        }
        int hyphen = t.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < t.length() && Character.isLowerCase(t.charAt(hyphen + 1))) {
            return false; // "US-led", "Russian-backed"
        }
        if ("ADJ".equals(s.tags()[i]) && i + 1 < s.size() && "NOUN".equals(s.tags()[i + 1]) && Character.isLowerCase(s.tokens()[i + 1].charAt(0))
                && knowledge.aliases().find(t) == null) {
            return false; // an adjective before a common noun: "Kestrian officials"
        }
        if (i + 1 < s.size() && "NOUN".equals(s.tags()[i + 1]) && Character.isLowerCase(s.tokens()[i + 1].charAt(0))
                && DEMONYM_SHAPE.matcher(t).matches() && knowledge.aliases().find(t) == null) {
            return false; // an unknown nationality adjective: "Kestrian artillery"
        }
        if (i == 0 || opensSentence(s, i)) {
            return "PROPN".equals(s.tags()[i]) || knowledge.aliases().find(t) != null
                    || namesInText.contains(NameVariants.key(t)) && !lexicon.speechVerbs().contains(lower);
        }
        return true;
    }

    private static boolean isNounTag(String tag) {
        return "PROPN".equals(tag) || "NOUN".equals(tag) || "X".equals(tag);
    }

    /** After an opening quote or a colon a capital does not mark a name either. */
    private static boolean opensSentence(TokenizedSentence s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String t = s.tokens()[k];
            if (!t.matches("[\"“‘'(\\[—–-]+")) {
                return t.equals(":");
            }
        }
        return true;
    }

    private int chunkEnd(TokenizedSentence s, int i, boolean[] nameLike, boolean[] used) {
        int n = s.size();
        int j = i + 1;
        while (j < n && !used[j]) {
            if (nameLike[j]) {
                j++;
                continue;
            }
            // "Amir-Abdollahian", "Jean-Pierre", "Heon-kyun": a hyphen written without spaces inside a name.
            if (glued(s, j) && !lexicon.isDemonym(s.tokens()[j - 1])
                    && (s.tokens()[j].equals("-") && j + 1 < n && glued(s, j + 1) && Character.isLetter(s.tokens()[j + 1].charAt(0))
                            && !lexicon.isDemonym(s.tokens()[j + 1]) && !lexicon.notNames().contains(s.tokens()[j + 1].toLowerCase(Locale.ROOT))
                    || s.tokens()[j].length() > 1 && s.tokens()[j].charAt(0) == '-' && Character.isLetter(s.tokens()[j].charAt(1)))) {
                j += s.tokens()[j].equals("-") ? 2 : 1;
                continue;
            }
            // "People’s Republic": a possessive inside a name.
            if (isPossessive(s.tokens()[j]) && s.tokens()[j - 1].equalsIgnoreCase("people") && j + 1 < n && nameLike[j + 1]) {
                j += 2;
                continue;
            }
            // "Armed Forces of Ukraine", "Ursula von der Leyen": up to two connectors between name words.
            int k = j;
            while (k < n && k - j < 2 && (lexicon.nameConnectors().contains(s.tokens()[k]) || s.tokens()[k].equals("for")
                    || s.tokens()[k].equals("and") && k == j) && !used[k]) {
                k++;
            }
            if (k > j && k < n && nameLike[k] && !used[k] && joinsAcross(s, i, j, k)) {
                j = k + 1;
                continue;
            }
            break;
        }
        return j;
    }

    /** Token k touches the token before it (no space): "Amir" "-" "Abdollahian". */
    private static boolean glued(TokenizedSentence s, int k) {
        return k > 0 && s.starts()[k] == s.ends()[k - 1];
    }

    /**
     * "of" and "for" join two name parts when the part before ends in an institution or place word
     * ("Ministry of Health", "Centre for European Studies", "Sea of Azov"), not in "Dana Okafor of
     * Eastbrook" or "President of the Commission"; "and" joins inside such an institution's name
     * ("Centers for Disease Control and Prevention") when what follows is no place or known name.
     */
    private boolean joinsAcross(TokenizedSentence s, int from, int connector, int next) {
        String c = s.tokens()[connector].toLowerCase(Locale.ROOT);
        if (c.equals("and")) {
            for (int k = from + 1; k < connector - 1; k++) {
                String w = s.tokens()[k].toLowerCase(Locale.ROOT);
                if ((w.equals("of") || w.equals("for")) && lexicon.orgHeads().contains(s.tokens()[k - 1].toLowerCase(Locale.ROOT))) {
                    String after = s.tokens()[next];
                    return knowledge.aliases().find(after) == null && knowledge.gazetteer().place(after) == null;
                }
            }
            return false;
        }
        if (!c.equals("of") && !c.equals("for")) {
            return true;
        }
        String before = s.tokens()[connector - 1].toLowerCase(Locale.ROOT);
        if (lexicon.orgHeads().contains(before) || c.equals("of") && lexicon.locHeads().contains(before)) {
            return true;
        }
        // "Ministry of Defence of Moldova": after an institution's complement, "of" and its country.
        if (c.equals("of")) {
            for (int k = from + 1; k < connector - 1; k++) {
                if (s.tokens()[k].equalsIgnoreCase("of") && lexicon.orgHeads().contains(s.tokens()[k - 1].toLowerCase(Locale.ROOT))) {
                    return knowledge.isCountry(s.tokens()[next]);
                }
            }
        }
        return false;
    }

    /** The longest run from here that the alias table knows, across any small words ("Institute for the Study of War"). */
    private int knownNameEnd(String text, TokenizedSentence s, int from, boolean[] nameLike, boolean[] used) {
        for (int k = Math.min(s.size(), from + MAX_KNOWN_TOKENS); k >= from + 3; k--) {
            if (Character.isUpperCase(s.tokens()[k - 1].charAt(0)) && !anyUsed(used, from, k)
                    && knowledge.aliases().find(s.text(text, from, k)) != null && !ofCountryAfter(s, k)) {
                return k;
            }
        }
        return -1;
    }

    /** "… of Moldova" right after a known name: "Ministry of Defence of Moldova" is not the listed "Ministry of Defence". */
    private boolean ofCountryAfter(TokenizedSentence s, int k) {
        if (k + 1 >= s.size() || !s.tokens()[k].equals("of")) {
            return false;
        }
        return knowledge.isCountry(s.tokens()[k + 1]);
    }

    /**
     * Two names side by side ("Donetsk People’s Republic Denis Pushilin"): when the whole run is not a
     * known name but it starts with one, the known name ends the chunk and the rest is a chunk of its own.
     */
    private int splitAfterKnownName(String text, TokenizedSentence s, int from, int to) {
        if (to - from < 3 || knowledge.aliases().find(s.text(text, from, to)) != null) {
            return to;
        }
        for (int k = to - 1; k >= from + 1; k--) {
            if ((knowledge.aliases().find(s.text(text, from, k)) != null || knowledge.gazetteer().place(s.text(text, from, k)) != null && k - from >= 2)
                    && !ofCountryAfter(s, k)) {
                return k;
            }
        }
        return to;
    }

    static boolean isPossessive(String token) {
        return token.length() == 2 && (token.charAt(0) == '\'' || token.charAt(0) == '’') && (token.charAt(1) == 's' || token.charAt(1) == 'S');
    }

    // ---- lower-case institutions and groups

    private void findInstitutions(String text, TokenizedSentence s, int sentence, boolean[] nameLike, boolean[] used, List<Candidate> out,
            Span[] modelNames) {
        for (int i = 0; i < s.size(); i++) {
            for (List<String> phrase : lexicon.institutions()) {
                matchInstitution(text, s, sentence, nameLike, used, out, modelNames, i, phrase, EntityType.ORG);
            }
            for (List<String> phrase : lexicon.facilities()) {
                matchInstitution(text, s, sentence, nameLike, used, out, modelNames, i, phrase, EntityType.LOC);
            }
        }
    }

    /**
     * An institution ("the defence ministry", ORG) or a named facility ("Zaporizhzhia nuclear power plant",
     * LOC; always after a name) written in lower case at token i, with the place or name before it.
     */
    private void matchInstitution(String text, TokenizedSentence s, int sentence, boolean[] nameLike, boolean[] used,
            List<Candidate> out, Span[] modelNames, int i, List<String> phrase, EntityType type) {
        boolean facility = type == EntityType.LOC;
        boolean needsModifier = facility || phrase.get(0).startsWith("+");
        List<String> words = phrase.get(0).startsWith("+") ? List.of(String.join(" ", phrase).substring(1).split(" ")) : phrase;
        int end = i + words.size();
        if (end > s.size() || !matches(s, i, words) || anyUsed(used, i, end)) {
            return;
        }
        int from = i;
        if (words.size() == 1 && words.get(0).equals("ministry")) {
            if (i == 0 || !lexicon.ministryModifiers().contains(s.tokens()[i - 1].toLowerCase(Locale.ROOT))) {
                return;
            }
            from = i - 1;
        }
        Modifier m = modifierBefore(text, s, from, nameLike, used);
        boolean afterThe = from > 0 && s.tokens()[from - 1].equalsIgnoreCase("the");
        if (m == null && (needsModifier || !afterThe) || facility && m != null && m.nameEnd() == m.firstToken()) {
            return; // a facility is named after a place, not a nationality
        }
        int start = m == null ? from : m.firstToken();
        String head = titleCase(s.text(text, from, end));
        String canonical = m == null ? head : m.canonicalPrefix() + " " + head;
        var known = knowledge.aliases().find(canonical);
        if (!facility && m != null && m.nameEnd() > m.firstToken()) {
            // "Russia’s defence ministry" also mentions Russia.
            Candidate place = typeChunk(text, s, sentence, m.firstToken(), m.nameEnd(), modelNames);
            if (place != null && place.type() == EntityType.LOC) {
                out.add(place);
            }
        }
        markUsed(used, start, end);
        out.add(new Candidate(s.starts()[start], s.ends()[end - 1], s.text(text, start, end), sentence, start, end,
                known != null ? known.type() : type, known != null ? Evidence.ALIAS : Evidence.INSTITUTION,
                known != null ? known.name() : canonical));
    }

    /** A place, demonym or name just before an institution: "Russia’s", "Russian", "Chernihiv". */
    private record Modifier(int firstToken, int nameEnd, String canonicalPrefix) {}

    private Modifier modifierBefore(String text, TokenizedSentence s, int at, boolean[] nameLike, boolean[] used) {
        int k = at - 1;
        boolean possessive = k >= 0 && isPossessive(s.tokens()[k]);
        if (possessive) {
            k--;
        }
        if (k < 0 || used[k] || !(nameLike[k] || lexicon.isDemonym(s.tokens()[k]))) {
            return null;
        }
        int first = k;
        while (first > 0 && nameLike[first - 1] && !used[first - 1]) {
            first--;
        }
        String name = s.text(text, first, k + 1);
        if (lexicon.isDemonym(name)) {
            return new Modifier(first, first, name);
        }
        var known = knowledge.aliases().find(name);
        String canonicalName = known != null ? known.name() : name;
        String demonym = possessive ? lexicon.demonymOf(canonicalName) : null;
        return new Modifier(first, k + 1, demonym != null ? demonym : canonicalName);
    }

    /**
     * A lawmaker's party-and-state tag, "(D-Minn.)", "(R-Texas)", "(I-Vt.)", "(D-New York)": the state is a
     * place the article names, and the tag is no person's name.
     */
    private void findPartyStateTags(String text, TokenizedSentence s, int sentence, boolean[] used, List<Candidate> out) {
        String[] tok = s.tokens();
        for (int k = 1; k < s.size(); k++) {
            if (!tok[k - 1].equals("(") || used[k] || !tok[k].matches("[DRI]-(\\p{Lu}.*)?")) {
                continue;
            }
            int close = k + 1;
            while (close < s.size() && close <= k + 3 && !tok[close].equals(")")) {
                close++;
            }
            if (close >= s.size() || !tok[close].equals(")")) {
                continue;
            }
            int from = s.starts()[k] + 2;
            int to = s.ends()[close - 1];
            String state = knowledge.lexicon().usState(text.substring(from, to));
            if (state == null) {
                continue;
            }
            markUsed(used, k, close);
            out.add(new Candidate(from, to, text.substring(from, to), sentence, k, close, EntityType.LOC, Evidence.ALIAS, state));
        }
    }

    private void findGroups(String text, TokenizedSentence s, int sentence, boolean[] nameLike, boolean[] used, List<Candidate> out) {
        for (int g = 1; g < s.size(); g++) {
            if (!s.tokens()[g].equals("group") || used[g]) {
                continue;
            }
            int k = g - 1;
            while (k >= 0 && lexicon.groupDescriptors().contains(s.tokens()[k].toLowerCase(Locale.ROOT))) {
                k--;
            }
            if (k < 0 || !nameLike[k] || used[k] || lexicon.isDemonym(s.tokens()[k])) {
                continue;
            }
            int first = k;
            while (first > 0 && nameLike[first - 1] && !used[first - 1]) {
                first--;
            }
            String name = s.text(text, first, k + 1) + " Group";
            var known = knowledge.aliases().find(name);
            markUsed(used, first, g + 1);
            out.add(new Candidate(s.starts()[first], s.ends()[g], s.text(text, first, g + 1), sentence, first, g + 1,
                    EntityType.ORG, known != null ? Evidence.ALIAS : Evidence.ORG_HEAD, known != null ? known.name() : name));
        }
    }

    // ---- typing a proper-noun chunk

    private Candidate typeChunk(String text, TokenizedSentence s, int sentence, int from, int to, Span[] modelNames) {
        String[] tok = s.tokens();
        var knownWhole = knowledge.aliases().find(s.text(text, from, to));
        if (knownWhole != null) { // "Middle East" before any trimming of "East"
            return new Candidate(s.starts()[from], s.ends()[to - 1], s.text(text, from, to), sentence, from, to,
                    knownWhole.type(), Evidence.ALIAS, knownWhole.name());
        }
        // The head of "Armed Forces of Ukraine" is "Forces": the word before the first "of".
        int head = to - 1;
        for (int k = from + 1; k < to - 1; k++) {
            if (tok[k].equals("of") || tok[k].equals("for")) { // "Centre for European Studies": its head is "Centre"
                head = k - 1;
                break;
            }
        }
        boolean lastIsOrgHead = lexicon.orgHeads().contains(tok[head].toLowerCase(Locale.ROOT));
        boolean titled = false;
        int a = from;
        // "Ukrainian President Volodymyr Zelensky", "Mr Prigozhin": titles and the demonym before them go.
        if (!lastIsOrgHead) {
            int k = a;
            while (k < to && (lexicon.isTitleWord(tok[k]) || lexicon.isDemonym(tok[k]))) {
                titled |= lexicon.isPersonTitle(tok[k]);
                k++;
            }
            if (k > a && (titled || k == to)) {
                a = k;
            }
            while (a < to && lexicon.nameConnectors().contains(tok[a])) {
                titled = false; // "President of the European Commission" is not a person
                a++;
            }
        }
        while (a < to && lexicon.notNames().contains(tok[a].toLowerCase(Locale.ROOT)) && !lastIsOrgHead) {
            a++; // "On Monday", "Wednesday Zelensky"
        }
        int b = to;
        while (b > a && (lexicon.nameConnectors().contains(tok[b - 1]) || lexicon.isTitleWord(tok[b - 1]) && !lastIsOrgHead
                || lexicon.notNames().contains(tok[b - 1].toLowerCase(Locale.ROOT)))) {
            b--;
        }
        if (a >= b) {
            return null;
        }
        String name = s.text(text, a, b);
        if (b - a == 1 && (lexicon.isDemonym(name) || lexicon.notNames().contains(name.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        Candidate c = new Candidate(s.starts()[a], s.ends()[b - 1], name, sentence, a, b, null, Evidence.NONE, null);
        var known = knowledge.aliases().find(name);
        if (known != null) {
            return c.typed(known.type(), Evidence.ALIAS, known.name());
        }
        if (titled || titleBefore(s, a) || appositiveTitleAfter(s, b) || roleBefore(s, a, b)) {
            return c.typed(EntityType.PERSON, Evidence.TITLE, null);
        }
        if (lastIsOrgHead && b - a >= 2) {
            return c.typed(EntityType.ORG, Evidence.ORG_HEAD, null);
        }
        // "the mining company Arktikugol", "Spanish newspaper El País", "rights group Net Freedoms".
        if (a > 0 && Character.isLowerCase(tok[a - 1].charAt(0)) && lexicon.isOrgKind(tok[a - 1].toLowerCase(Locale.ROOT))) {
            return c.typed(EntityType.ORG, Evidence.ORG_HEAD, null);
        }
        // "Bay of Sevastopol", "Sea of Azov", "Republic of Moldova": a place word before "of".
        if (head < b - 1 && head >= a && lexicon.locHeads().contains(tok[head].toLowerCase(Locale.ROOT))) {
            return c.typed(EntityType.LOC, Evidence.LOC_HEAD, null);
        }
        if (b - a == 2 && SURNAME_HEADS.contains(tok[b - 1].toLowerCase(Locale.ROOT)) && knowledge.gazetteer().isGivenName(tok[a])) {
            return c.typed(EntityType.PERSON, Evidence.GIVEN_NAME, null); // "Fiona Hill", "Sally Field": a given name and a surname
        }
        if (b - a >= 2 && (lexicon.locPrefixes().contains(tok[a].toLowerCase(Locale.ROOT))
                || lexicon.locHeads().contains(tok[b - 1].toLowerCase(Locale.ROOT)))) {
            return c.typed(EntityType.LOC, Evidence.LOC_HEAD, null);
        }
        Gazetteer.Place place = knowledge.gazetteer().place(name);
        if (place != null && place.kind().equals("country")) {
            return c.typed(EntityType.LOC, Evidence.COUNTRY, place.name());
        }
        if (b - a == 1 && name.length() >= 3 && NameVariants.acronym(name) != null) {
            Gazetteer.Place capitals = knowledge.gazetteer().place(name);
            if (capitals != null && capitals.population() >= LARGE_CITY) {
                return c.typed(EntityType.LOC, Evidence.LARGE_CITY, capitals.name()); // a dateline: "MOSCOW —"
            }
            return c.typed(EntityType.ORG, Evidence.MODEL, null); // an unknown acronym names an organisation far more often
        }
        // "the Dravno region", "the village of Velna": a place word after or before the name.
        if (b < tok.length && Character.isLowerCase(tok[b].charAt(0)) && PLACE_AFTER.contains(tok[b])
                || a >= 2 && tok[a - 1].equals("of") && PLACE_AFTER.contains(tok[a - 2].toLowerCase(Locale.ROOT))) {
            return c.typed(EntityType.LOC, Evidence.LOC_HEAD, null);
        }
        boolean speaker = isSpeaker(s, a, b);
        EntityType modelSays = modelType(modelNames, a, b);
        boolean smallPlace = place != null && place.population() < LARGE_CITY;
        if (smallPlace && modelSays == EntityType.PERSON && !(a > 0 && LOCATIVE.contains(tok[a - 1].toLowerCase(Locale.ROOT)))) {
            return c.typed(EntityType.PERSON, Evidence.MODEL, null); // "Castro", "Bullock": surnames that are also small towns
        }
        if (place != null && (place.population() >= LARGE_CITY || !speaker)) {
            return c.typed(EntityType.LOC, place.population() >= LARGE_CITY ? Evidence.LARGE_CITY : Evidence.PLACE, place.name());
        }
        if (speaker && b - a <= 3) {
            return c.typed(EntityType.PERSON, Evidence.SPEAKER, null);
        }
        if (b - a >= 2 && knowledge.gazetteer().isGivenName(tok[a]) || hasMiddleInitial(tok, a, b)) {
            return c.typed(EntityType.PERSON, Evidence.GIVEN_NAME, null); // "Siri R. Svendsen", "George W. Bush"
        }
        EntityType modelType = modelType(modelNames, a, b);
        if (modelType != null) {
            return c.typed(modelType, Evidence.MODEL, null);
        }
        return c;
    }

    /** A name, an initial with its stop, a name: a person's name however rare. */
    private static boolean hasMiddleInitial(String[] tok, int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            if (tok[k].length() == 2 && Character.isUpperCase(tok[k].charAt(0)) && tok[k].charAt(1) == '.'
                    && Character.isUpperCase(tok[k - 1].charAt(0)) && tok[k - 1].length() > 1) {
                return true;
            }
        }
        return false;
    }

    /** "press secretary John Kirby", "first lady Olena Zelenska". */
    private boolean titleBefore(TokenizedSentence s, int a) {
        return a > 0 && lexicon.isPersonTitle(s.tokens()[a - 1]);
    }

    /** "her teammate Evgenia Belyakova", "activist Anna Berg": a lower-case role noun before a name of two words or more. */
    private boolean roleBefore(TokenizedSentence s, int a, int b) {
        if (a == 0 || b - a < 2) {
            return false;
        }
        String w = s.tokens()[a - 1];
        return Character.isLowerCase(w.charAt(0)) && lexicon.roleNouns().contains(w);
    }

    /** "Olexander Lomako, secretary of ...", "X, a spokesman for ...". */
    private boolean appositiveTitleAfter(TokenizedSentence s, int b) {
        String[] t = s.tokens();
        if (b + 1 >= t.length || !t[b].equals(",")) {
            return false;
        }
        int k = b + 1;
        if (t[k].equalsIgnoreCase("a") || t[k].equalsIgnoreCase("an") || t[k].equalsIgnoreCase("the")) {
            k++;
        }
        while (k < t.length && k < b + 5) {
            if (lexicon.isPersonTitle(t[k])) {
                return true;
            }
            if (!lexicon.isTitleWord(t[k]) && !lexicon.isDemonym(t[k])) {
                return false;
            }
            k++;
        }
        return false;
    }

    /** "X said", "said X", "X told", "according to X". */
    private boolean isSpeaker(TokenizedSentence s, int a, int b) {
        String[] t = s.tokens();
        if (b < t.length && lexicon.speechVerbs().contains(t[b].toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (a > 0 && lexicon.speechVerbs().contains(t[a - 1].toLowerCase(Locale.ROOT)) && (b == t.length || !Character.isLetter(t[b].charAt(0)))) {
            return true;
        }
        return a > 1 && t[a - 2].equalsIgnoreCase("according") && t[a - 1].equalsIgnoreCase("to");
    }

    private static EntityType modelType(Span[] names, int a, int b) {
        for (Span span : names) {
            if (span.getStart() < b && a < span.getEnd()) {
                return EntityType.valueOf(span.getType());
            }
        }
        return null;
    }

    /** "Dvorichna, Balakliia and Kupiansk": an untyped name listed with typed ones takes their type. */
    private static void coordinate(TokenizedSentence s, List<Candidate> chunks) {
        for (int k = 0; k < chunks.size(); k++) {
            Candidate c = chunks.get(k);
            if (c.type() != null && c.evidence() != Evidence.MODEL) {
                continue;
            }
            EntityType neighbour = null;
            for (int d : new int[] {-1, 1}) {
                int m = k + d;
                while (m >= 0 && m < chunks.size()) {
                    Candidate o = chunks.get(m);
                    Candidate left = d < 0 ? o : chunks.get(m - d);
                    Candidate right = d < 0 ? chunks.get(m - d) : o;
                    if (!onlyListSeparators(s, left.endToken(), right.firstToken())) {
                        break;
                    }
                    if (o.type() != null && o.evidence().compareTo(Evidence.MODEL) > 0) {
                        neighbour = neighbour == null || neighbour == o.type() ? o.type() : null;
                        break;
                    }
                    m += d;
                }
            }
            if (neighbour != null) {
                chunks.set(k, c.typed(neighbour, Evidence.COORDINATION, null));
            }
        }
    }

    private static boolean onlyListSeparators(TokenizedSentence s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String t = s.tokens()[i];
            if (!(t.equals(",") || t.equals("and") || t.equals("or"))) {
                return false;
            }
        }
        return true;
    }

    // ---- helpers

    private static boolean matches(TokenizedSentence s, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!s.tokens()[i + k].equalsIgnoreCase(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void markUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

    static String titleCase(String phrase) {
        StringBuilder b = new StringBuilder(phrase.length());
        boolean start = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
