package io.claimwatch.cli;

import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.web.DashboardApi;
import io.claimwatch.web.DashboardServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Serves the newsroom dashboard over the Claimwatch indices until interrupted. */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Serve the dashboard (search, entities, contested claims, trends) and its JSON API.",
                "Binds to localhost unless --host says otherwise; set CLAIMWATCH_DASHBOARD_USER and",
                "CLAIMWATCH_DASHBOARD_PASSWORD to require basic authentication (do so before exposing it)."})
final class DashboardCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--job", description = "job file whose Elasticsearch settings to use (default: built-in defaults and environment)")
    Path jobFile;

    @Override
    public Integer call() throws Exception {
        // Elasticsearch: the job file, the environment, or a running demo's node.
        EnrichConfig config = StackLocator.fromEnvironment(jobFile).config();
        String user = System.getenv("CLAIMWATCH_DASHBOARD_USER");
        String password = System.getenv("CLAIMWATCH_DASHBOARD_PASSWORD");
        String refused = checkLogin(user, password);
        if (refused != null) {
            System.err.println("claimwatch dashboard: " + refused);
            return 2;
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && (user == null || password == null)) {
            System.err.println("claimwatch dashboard: warning: binding " + host + " without CLAIMWATCH_DASHBOARD_USER/PASSWORD: "
                    + "anyone who can reach it can read the indices");
        }
        try (EsConnection.Clients es = EsConnection.of(config.elasticsearch()).open();
                DashboardServer server = start(es, config, host, port, user, password)) {
            System.err.printf("Dashboard on http://%s:%d/ (Elasticsearch %s)%s; Ctrl-C stops%n", host, server.port(),
                    config.elasticsearch().hosts(), user != null ? " with basic authentication" : "");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    /** Why the login settings cannot be used (one of the two set without the other), or null. */
    static String checkLogin(String user, String password) {
        try {
            DashboardServer.checkLogin(user, password);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static DashboardServer start(EsConnection.Clients es, EnrichConfig config, String host, int port, String user, String password)
            throws java.io.IOException {
        DashboardApi api = new DashboardApi(es.sync(), new IndexCatalog(config.elasticsearch().indexPrefix()));
        return new DashboardServer(api, host, port, user, password);
    }
}
