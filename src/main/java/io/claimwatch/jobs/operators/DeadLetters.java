package io.claimwatch.jobs.operators;

import io.claimwatch.model.DeadLetter;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;

/** The side output every step uses for records it cannot process. */
public final class DeadLetters {

    public static final OutputTag<DeadLetter> TAG =
            new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));

    private DeadLetters() {}
}
