// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's workspace, where the commands keep their state under {@code .allstar/}: given by --workspace, else
 * ALLSTAR_WORKSPACE, else ~/allstar-workspace (the IDE's default).
 */
public final class Workspace {
    private Workspace() {
    }

    /** {@code .allstar/<part>} of the workspace; {@code option} is --workspace's value or null. */
    public static Path folder(String option, String part) {
        String workspace = Optional.ofNullable(option).or(() -> Optional.ofNullable(System.getenv("ALLSTAR_WORKSPACE")))
                .orElse(System.getProperty("user.home") + "/allstar-workspace");
        return Path.of(workspace).toAbsolutePath().resolve(".allstar").resolve(part);
    }
}
