package io.claimwatch.jobs.operators;

import io.claimwatch.model.DeadLetter;
import io.claimwatch.model.RawRecord;
import io.claimwatch.model.ReasonCode;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dead letter for a record that made a step throw (PROCESSING_ERROR). Steps before annotation
 * know the raw record; later ones (claims, links, alerts) only know what they were given, so the
 * dead letter carries a description of it and the ids that trace it back.
 */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    /** The description of a failed element is for a reader, not for replay: a few KB is plenty. */
    private static final int MAX_DESCRIPTION = 4096;

    private Failures() {}

    static DeadLetter of(String step, Throwable error, RawRecord origin) {
        LOG.warn("{} failed on record {}/{}@{}: {}", step, origin.topic(), origin.partition(), origin.offset(), error.toString());
        return new DeadLetter(ReasonCode.PROCESSING_ERROR, step + " failed: " + error, origin);
    }

    /** @param id what the element is (a statement id, an alert id...), the dead letter's key */
    static DeadLetter of(String step, Throwable error, String id, Object element) {
        LOG.warn("{} failed on {}: {}", step, id, error.toString());
        String described = String.valueOf(element);
        if (described.length() > MAX_DESCRIPTION) {
            described = described.substring(0, MAX_DESCRIPTION) + "…";
        }
        return new DeadLetter(ReasonCode.PROCESSING_ERROR, step + " failed on " + id + ": " + error,
                new RawRecord(null, -1, -1L, 0L, id == null ? null : id.getBytes(StandardCharsets.UTF_8),
                        described.getBytes(StandardCharsets.UTF_8)));
    }
}
