package io.claimwatch.it;

import io.claimwatch.dev.EmbeddedStack;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Kafka broker and one Elasticsearch node for the whole test run, stopped when JUnit finishes.
 * Each test isolates itself with its own topic and index prefix.
 */
public final class SharedStack implements BeforeAllCallback {

    private static EmbeddedStack stack;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedStack.class) {
            if (stack == null) {
                stack = EmbeddedStack.start("test", 0, null);
                // JUnit closes what the root store holds when the whole run ends.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("claimwatch-shared-stack", stack);
            }
        }
    }

    public static String bootstrapServers() {
        return stack.bootstrapServers();
    }

    public static String elasticsearchUrl() {
        return stack.elasticsearchUrl();
    }
}
