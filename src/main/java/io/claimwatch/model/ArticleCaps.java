package io.claimwatch.model;

import java.io.Serializable;

/**
 * What one article may put into records and state, whatever its size: beyond these an article is
 * truncated and flagged ({@link Truncation}), never dead-lettered. With them, the job's state is at
 * most (articles inside the configured windows) × (these caps), and a record's size is bounded.
 *
 * @param analysedChars the first this many characters of kept text are annotated
 * @param statements statements (sentences) per article
 * @param mentions entity mentions per article
 * @param claims claims and counterclaims per article passed on to cross-article linking and alerts
 * @param entityKeysPerClaim entities under which one claim is kept for linking
 * @param linksPerClaim contested-claim links one new claim or counterclaim may make
 * @param carriersPerStory outlets and URLs recorded on an original as having carried it
 * @param storiesPerDedupeKey stories remembered under one content key for near-duplicate detection
 * @param claimTextChars characters of a claim's sentence kept in the linking state and its links
 */
public record ArticleCaps(int analysedChars, int statements, int mentions, int claims, int entityKeysPerClaim, int linksPerClaim,
        int carriersPerStory, int storiesPerDedupeKey, int claimTextChars) implements Serializable {

    public static final ArticleCaps DEFAULTS = new ArticleCaps(100_000, 1000, 5000, 100, 10, 20, 200, 1000, 1000);

    public ArticleCaps {
        if (analysedChars < 1000 || statements < 1 || mentions < 1 || claims < 1 || entityKeysPerClaim < 1 || linksPerClaim < 1
                || carriersPerStory < 1 || storiesPerDedupeKey < 1 || claimTextChars < 100) {
            throw new IllegalArgumentException("bad pipeline.caps: analysed-chars must be at least 1000, claim-text-chars at least 100,"
                    + " every other cap at least 1");
        }
    }
}
