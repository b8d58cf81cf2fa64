// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

/** A deployment step that failed for a reason the user can act on; the message names the engine and what to do. */
public class DeployException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
