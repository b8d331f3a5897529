package io.claimwatch.feeds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;

/**
 * GET requests as a polite, careful client: our User-Agent, the per-host spacing, a connect, a
 * response and a whole-request time limit, a size cap (a body is read up to the cap and the
 * connection dropped there, so a huge or endless answer never fills memory), gzip, and redirects
 * followed one by one up to a limit, each hop checked by the caller (robots.txt, addresses) and
 * spaced like any other request. Thread-safe; one instance shares its connections between threads.
 */
public final class HttpFetcher implements AutoCloseable {

    /** Checks a URL before it is requested (the first and every redirect); throws to refuse it. */
    @FunctionalInterface
    public interface HopCheck {
        void check(URI uri) throws FetchException;

        HopCheck NONE = uri -> { };
    }

    /** A redirect's own body is never used: read at most this much of it. */
    private static final long REDIRECT_BODY_BYTES = 64 * 1024;

    private final FetchSettings settings;
    private final HostRateLimiter rate;
    private final HttpClient client;

    public HttpFetcher(FetchSettings settings, HostRateLimiter rate) {
        this.settings = settings;
        this.rate = rate;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, so each hop is checked and spaced
                .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches {@code uri}, following redirects. Any final status is returned (304, 404, 500 are
     * answers); what gives no answer throws, with the reason.
     *
     * @param headers  extra request headers (conditional ones)
     * @param maxBytes the body cap, and what the reason names when it is exceeded
     * @param capName  the setting that sets the cap, for the reason
     */
    public FetchResponse get(URI uri, Map<String, String> headers, long maxBytes, String capName, HopCheck check)
            throws FetchException, InterruptedException {
        URI at = uri;
        for (int hop = 0; ; hop++) {
            check.check(at);
            rate.acquire(at);
            HttpResponse<byte[]> r = once(at, headers, maxBytes, capName);
            String location = r.headers().firstValue("Location").orElse(null);
            if (isRedirect(r.statusCode()) && location != null) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException("more than " + settings.maxRedirects() + " redirects (fetch.max-redirects), the last to "
                            + location, false);
                }
                at = redirectTarget(at, location);
                continue;
            }
            return new FetchResponse(at, r.statusCode(), r.headers(), decoded(r, maxBytes, capName));
        }
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static URI redirectTarget(URI from, String location) throws FetchException {
        try {
            URI to = from.resolve(new URI(location.strip().replace(" ", "%20")));
            String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || to.getHost() == null) {
                throw new FetchException("redirected to '" + location + "', which is not an http(s) URL", false);
            }
            return to;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("redirected to '" + location + "', which is not a valid URL", false);
        }
    }

    private HttpResponse<byte[]> once(URI uri, Map<String, String> headers, long maxBytes, String capName)
            throws FetchException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(settings.responseTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip")
                .GET();
        headers.forEach(b::header);
        AtomicReference<CappedBody> body = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            long cap = isRedirect(info.statusCode()) ? REDIRECT_BODY_BYTES : maxBytes;
            CappedBody c = new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
            body.set(c);
            return c;
        };
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(b.build(), handler);
        try {
            return pending.get(settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abort(pending, body.get());
            throw new FetchException("no complete answer within " + seconds(settings.totalTimeout())
                    + " (fetch.total-timeout)", true);
        } catch (InterruptedException e) {
            abort(pending, body.get());
            throw e;
        } catch (ExecutionException e) {
            throw reason(e.getCause(), maxBytes, capName);
        }
    }

    private static void abort(CompletableFuture<?> pending, CappedBody body) {
        if (body != null) {
            body.abort(new IOException("aborted"));
        }
        pending.cancel(true);
    }

    private FetchException reason(Throwable t, long maxBytes, String capName) {
        Throwable c = t;
        while (c instanceof java.util.concurrent.CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof TooLarge) {
            return new FetchException("larger than " + maxBytes + " bytes (" + capName + "); not read further", false);
        }
        if (c instanceof HttpConnectTimeoutException) {
            return new FetchException("could not connect within " + seconds(settings.connectTimeout()) + " (fetch.connect-timeout)", true);
        }
        if (c instanceof HttpTimeoutException) {
            return new FetchException("no response within " + seconds(settings.responseTimeout()) + " (fetch.response-timeout)", true);
        }
        Throwable root = c;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof UnknownHostException || root instanceof UnresolvedAddressException || root instanceof ConnectException
                    || root instanceof SSLException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof UnknownHostException || root instanceof UnresolvedAddressException) {
            return new FetchException("host not found (DNS)", true);
        }
        if (root instanceof ConnectException) {
            return new FetchException("connection refused", true);
        }
        if (root instanceof SSLException) {
            return new FetchException("TLS failed: " + root.getMessage(), false);
        }
        return new FetchException("connection failed: " + (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage()), true, c);
    }

    /** The body without its transfer compression, still within the cap (a small gzip may unpack to a lot). */
    private static byte[] decoded(HttpResponse<byte[]> r, long maxBytes, String capName) throws FetchException {
        String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return r.body();
        }
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            throw new FetchException("answered in the content encoding '" + encoding + "', which was not asked for", false);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > maxBytes) {
                    throw new FetchException("larger than " + maxBytes + " bytes once unpacked (" + capName + ")", false);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchException("its gzip body is broken: " + e.getMessage(), false);
        }
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        // java.net.http.HttpClient is closeable only from Java 21; its threads end with the JVM and
        // its idle connections time out.
    }

    /** The cap was exceeded. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("body over the cap");
        }
    }

    /**
     * Collects a body up to a cap and cancels the stream (which drops the connection) past it, or at
     * once when the declared length is already over it.
     */
    static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final long declared;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long cap, long declared) {
            this.cap = cap;
            this.declared = declared;
        }

        @Override
        public synchronized void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > cap) {
                result.completeExceptionally(new TooLarge());
            }
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(1);
            }
        }

        @Override
        public synchronized void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (out.size() + (long) item.remaining() > cap) {
                    result.completeExceptionally(new TooLarge());
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public synchronized void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        synchronized void abort(Throwable t) {
            if (result.completeExceptionally(t) && subscription != null) {
                subscription.cancel();
            }
        }
    }
}
