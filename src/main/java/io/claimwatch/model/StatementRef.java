package io.claimwatch.model;

import java.util.List;

/**
 * A claim or counterclaim as the cross-article linker keeps it: which article and outlet, when
 * (event time from {@code published_at}), who claims, what it says, and what the dispute rule compares:
 * its entities, its content terms and, for a counterclaim, what it rejects. Components that an earlier
 * build's state lacks restore as empty lists or null.
 *
 * @param id the statement's global id: article id + ":" + start offset
 * @param entityIds the entities it is keyed under (its claimer first)
 * @param words its content terms outside names: word stems, event families ("~attack"), numbers ("#40000") and
 *     countries named by nationality ("@russia")
 * @param forms each of {@code words} as written, for explanations
 * @param rejected for a counterclaim, what it rejects; null for a claim, or when it names nothing its article explains
 * @param side the countries the claimer speaks for (entity ids): a country or its government's seat ("Moscow", "the
 *     Kremlin"), or named in its name or title ("Russian Defense Ministry", "Ukrainian officials"); empty when unknown
 * @param accused the parties the statement accuses or suspects (entity ids, or a rare name in lower case): "accused
 *     <u>Kyiv</u> of planning …", "<u>Sobchak</u> is suspected of …", "<u>Moscow</u> is behind …"; empty when none
 * @param partyKeys those of {@code entityIds} that stand for the claimer only, not for anything the statement
 *     names: the country it speaks for ("Moscow denied …" under "russia"), a person's surname ("musk"), a one-word
 *     claimer rare in news; they let the parties' exchange meet, not what is said. Empty when none (or in state
 *     written before they were told apart)
 */
public record StatementRef(String id, String articleId, String source, String url, long publishedAt, StatementLabel label,
        double score, String claimer, String claimerId, String text, List<String> entityIds, List<String> words, List<String> forms,
        RejectedContent rejected, List<String> side, List<String> accused, List<String> partyKeys) {

    public StatementRef {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        words = words == null ? List.of() : List.copyOf(words);
        forms = forms == null || forms.size() != words.size() ? words : List.copyOf(forms);
        side = side == null ? List.of() : List.copyOf(side);
        accused = accused == null ? List.of() : List.copyOf(accused);
        partyKeys = partyKeys == null ? List.of() : List.copyOf(partyKeys);
    }

    /** A reference whose keys all stand for what it names. */
    public StatementRef(String id, String articleId, String source, String url, long publishedAt, StatementLabel label, double score,
            String claimer, String claimerId, String text, List<String> entityIds, List<String> words, List<String> forms,
            RejectedContent rejected, List<String> side, List<String> accused) {
        this(id, articleId, source, url, publishedAt, label, score, claimer, claimerId, text, entityIds, words, forms, rejected, side, accused,
                List.of());
    }

    /** A reference that accuses no one. */
    public StatementRef(String id, String articleId, String source, String url, long publishedAt, StatementLabel label, double score,
            String claimer, String claimerId, String text, List<String> entityIds, List<String> words, List<String> forms,
            RejectedContent rejected, List<String> side) {
        this(id, articleId, source, url, publishedAt, label, score, claimer, claimerId, text, entityIds, words, forms, rejected, side, List.of(), List.of());
    }

    /** A reference without forms, rejected content or side (a claim compared by its words alone). */
    public StatementRef(String id, String articleId, String source, String url, long publishedAt, StatementLabel label, double score,
            String claimer, String claimerId, String text, List<String> entityIds, List<String> words) {
        this(id, articleId, source, url, publishedAt, label, score, claimer, claimerId, text, entityIds, words, words, null, List.of(), List.of(), List.of());
    }

    public static String globalId(String articleId, int start) {
        return articleId + ":" + start;
    }
}
