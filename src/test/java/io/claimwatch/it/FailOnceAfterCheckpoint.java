package io.claimwatch.it;

import io.claimwatch.model.RawRecord;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Injected fault: passes records on slowly (so checkpoints complete mid-stream) and throws once,
 * after a checkpoint has completed. Static counters survive the restart because the MiniCluster
 * runs in the test's JVM.
 */
final class FailOnceAfterCheckpoint extends RichMapFunction<RawRecord, RawRecord>
        implements CheckpointListener, CheckpointedFunction {

    static final AtomicBoolean FAILED = new AtomicBoolean();
    static final AtomicInteger RESTORED_INSTANCES = new AtomicInteger();
    static final AtomicInteger MAX_ATTEMPT = new AtomicInteger();

    private transient boolean checkpointCompleted;
    private transient int seen;

    static void reset() {
        FAILED.set(false);
        RESTORED_INSTANCES.set(0);
        MAX_ATTEMPT.set(0);
    }

    @Override
    public void open(OpenContext openContext) {
        MAX_ATTEMPT.accumulateAndGet(getRuntimeContext().getTaskInfo().getAttemptNumber(), Math::max);
    }

    @Override
    public RawRecord map(RawRecord value) throws Exception {
        Thread.sleep(100); // slow enough that a checkpoint completes while records remain
        seen++;
        if (checkpointCompleted && seen >= 5 && !FAILED.getAndSet(true)) {
            throw new IllegalStateException("injected failure after a completed checkpoint");
        }
        return value;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        checkpointCompleted = true;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) {
        if (context.isRestored()) {
            RESTORED_INSTANCES.incrementAndGet();
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) {
        // nothing to keep: the source's offsets and the job's state are what is restored
    }
}
