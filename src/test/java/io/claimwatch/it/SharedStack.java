package io.claimwatch.it;

import io.claimwatch.dev.EmbeddedStack;
import io.claimwatch.dev.RunFolder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Kafka broker and one Elasticsearch node for the whole test run, stopped when JUnit finishes.
 * Each test isolates itself with its own topic and index prefix.
 */
public final class SharedStack implements BeforeAllCallback {

    private static EmbeddedStack stack;
    private static RunFolder run;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedStack.class) {
            if (stack == null) {
                run = RunFolder.create("test");
                stack = EmbeddedStack.start(run, null);
                // JUnit closes what the root store holds when the whole run ends: the stack, then its folder.
                var store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
                store.put("claimwatch-shared-run", (ExtensionContext.Store.CloseableResource) run::close);
                store.put("claimwatch-shared-stack", stack);
            }
        }
    }

    /** The test run's folder (checkpoints of the tests' jobs go under it). */
    public static RunFolder run() {
        return run;
    }

    public static String bootstrapServers() {
        return stack.bootstrapServers();
    }

    public static String elasticsearchUrl() {
        return stack.elasticsearchUrl();
    }
}
