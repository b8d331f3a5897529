package io.claimwatch.cli;

/** A failure the user can fix, with a message that says how: printed without a stack trace (exit 1). */
final class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }
}
