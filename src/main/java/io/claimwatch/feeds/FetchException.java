package io.claimwatch.feeds;

/**
 * A request that gave no usable answer, with a reason a person can act on. {@code mayPass} tells a
 * failure that may go away by itself (time-out, refused connection, a server error) from one that
 * will not (too large, too many redirects, forbidden by robots.txt, a private address).
 */
public final class FetchException extends Exception {

    private final boolean mayPass;

    public FetchException(String reason, boolean mayPass) {
        super(reason);
        this.mayPass = mayPass;
    }

    public FetchException(String reason, boolean mayPass, Throwable cause) {
        super(reason, cause);
        this.mayPass = mayPass;
    }

    public boolean mayPass() {
        return mayPass;
    }
}
