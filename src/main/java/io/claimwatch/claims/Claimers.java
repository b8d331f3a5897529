package io.claimwatch.claims;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Whether two statements come from the same claimer, whatever record each is read from. */
final class Claimers {

    private Claimers() {}

    /**
     * By entity ids when either has some (a joint statement is the same claimer's when one of its
     * claimers is), else by the source phrase as written, ignoring case ("the ministry"); a phrase
     * without ids is the same as a named body it ends with ("experts at the ISW" and "ISW").
     */
    static boolean same(List<String> idsA, String claimerA, List<String> idsB, String claimerB) {
        if (!idsA.isEmpty() && !idsB.isEmpty()) {
            return !Collections.disjoint(idsA, idsB);
        }
        if (!idsA.isEmpty() || !idsB.isEmpty()) {
            // "analysts from the Institute for the Study of War", unresolved, and "the Institute for the
            // Study of War": a source described by the body it speaks from.
            return idsA.isEmpty() ? speaksFrom(claimerA, claimerB) : speaksFrom(claimerB, claimerA);
        }
        return claimerA.equalsIgnoreCase(claimerB);
    }

    private static boolean speaksFrom(String described, String named) {
        String d = described.toLowerCase(Locale.ROOT);
        String n = named.toLowerCase(Locale.ROOT);
        return n.length() >= 4 && d.endsWith(" " + n);
    }
}
