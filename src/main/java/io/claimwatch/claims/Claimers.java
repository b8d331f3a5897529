package io.claimwatch.claims;

import java.util.Collections;
import java.util.List;

/** Whether two statements come from the same claimer, whatever record each is read from. */
final class Claimers {

    private Claimers() {}

    /**
     * By entity ids when either has some (a joint statement is the same claimer's when one of its
     * claimers is), else by the source phrase as written, ignoring case ("the ministry").
     */
    static boolean same(List<String> idsA, String claimerA, List<String> idsB, String claimerB) {
        if (!idsA.isEmpty() || !idsB.isEmpty()) {
            return !Collections.disjoint(idsA, idsB);
        }
        return claimerA.equalsIgnoreCase(claimerB);
    }
}
