package io.nexus.notify;

/**
 * Thrown when a notification could not be queued although its token was newly pending.
 *
 * <p>This signals a broken invariant in a backend (its queue refused an entry it must always
 * have room for). The token's pending flag has been reset before this is thrown, so a retry
 * of the same {@code notify} can succeed.
 */
public final class NotifyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The index of the token whose notification failed. */
    private final int token;

    /**
     * Creates the exception.
     *
     * @param token the index of the token whose notification failed
     * @param message what went wrong
     */
    public NotifyException(int token, String message) {
        super(message);
        this.token = token;
    }

    /**
     * Returns the token whose notification failed.
     *
     * @return the token
     */
    public Token token() {
        return new Token(token);
    }

    /**
     * Returns the index of the token whose notification failed.
     *
     * @return the token index
     */
    public int tokenIndex() {
        return token;
    }
}
