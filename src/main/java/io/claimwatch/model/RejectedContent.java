package io.claimwatch.model;

import java.util.List;

/**
 * What a counterclaim rejects, as the cross-article linker compares it with claims: the rejected part
 * of its sentence ("that its artillery had struck the Karvisk power station"), or — when that part
 * names no proposition ("denied it", "rejected the accusations") — the statement of its own article it
 * answers, which says what "it" is; then the rest of its sentence, its own account ("…, saying far
 * fewer tonnes had left the port"), which weighs less.
 *
 * @param text the rejected part as written
 * @param answered the sentence of the same article the counterclaim answers when {@code text} names no
 *     proposition, else null
 * @param terms what is compared: entities ({@code @id}), word stems, event families ({@code ~attack}) and numbers
 *     ({@code #40000}); the first {@code core} are the rejected content, the others the rest of the sentence
 * @param forms each term as written ("Karvisk", "power", "shelled", "40,000"), for explanations
 * @param core how many of {@code terms} are the rejected content
 * @param authors entity ids the counterclaim names as the author of what it rejects ("Russia's pledge", "the Russian
 *     announcement", "claims by the ministry")
 * @param predicates the terms of the rejected part that say what happened or what is said of it: its verbs and
 *     adjectives, events and numbers ("struck", "~attack", "#14"); empty when the content comes from the article
 */
public record RejectedContent(String text, String answered, List<String> terms, List<String> forms, int core, List<String> authors,
        List<String> predicates) {

    public RejectedContent {
        terms = terms == null ? List.of() : List.copyOf(terms);
        forms = forms == null ? List.of() : List.copyOf(forms);
        authors = authors == null ? List.of() : List.copyOf(authors);
        predicates = predicates == null ? List.of() : List.copyOf(predicates);
        if (terms.size() != forms.size() || core < 0 || core > terms.size()) {
            throw new IllegalArgumentException("terms, forms and core do not agree: " + terms.size() + ", " + forms.size() + ", " + core);
        }
    }

    public boolean fromArticle() {
        return answered != null;
    }
}
