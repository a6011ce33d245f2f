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
    private final int tokenIndex;

    /**
     * Creates the exception.
     *
     * @param tokenIndex the index of the token whose notification failed
     * @param message    what went wrong
     */
    public NotifyException(int tokenIndex, String message) {
        super(message);
        this.tokenIndex = tokenIndex;
    }

    /**
     * Returns the token whose notification failed.
     *
     * @return the token
     */
    public Token token() {
        return new Token(tokenIndex);
    }

    /**
     * Returns the index of the token whose notification failed.
     *
     * @return the token index
     */
    public int tokenIndex() {
        return tokenIndex;
    }
}
