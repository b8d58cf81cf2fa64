// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

/**
 * A chain operation that failed for a reason the user can act on; the message says what happened and what
 * to do. Contract reverts carry the contract's custom error name in {@link #error()}.
 */
public class ChainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String error;

    public ChainException(String message) {
        this(message, null, null);
    }

    public ChainException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public ChainException(String message, String error, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    /** The contract's custom error (for example "DoubleVote"), or null when the failure is not a revert. */
    public String error() {
        return error;
    }
}
