package io.claimwatch.nlp;

/**
 * An entity something already knows by id: the alias table, or the articles indexed so far.
 *
 * @param type PERSON, ORG or LOC ("" when unknown)
 * @param articles how many indexed articles name it (0 when known from the alias table only)
 */
public record KnownEntity(String id, String name, String type, long articles) {

    /** "Volodymyr Zelensky (volodymyr-zelensky, PERSON, 12 articles)". */
    public String describe() {
        StringBuilder b = new StringBuilder(name).append(" (").append(id);
        if (!type.isEmpty()) {
            b.append(", ").append(type);
        }
        if (articles > 0) {
            b.append(", ").append(articles).append(articles == 1 ? " article" : " articles");
        }
        return b.append(')').toString();
    }
}
