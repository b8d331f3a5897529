package io.claimwatch.web;

/** A request the API refuses: HTTP status and a message saying what was wrong and what to send. */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
