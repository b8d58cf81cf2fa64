// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the anvil binary (the local Ethereum node, from the npm package @foundry-rs/anvil): the system
 * property allstar.anvil, the environment variable ALLSTAR_ANVIL, the node_modules folder of the ALLSTAR
 * Studio installation (above the working directory or the property allstar.home), then the PATH.
 */
public final class Anvil {
    static final String PACKAGE_BINARY = "node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil";

    private Anvil() {
    }

    public static Path find() {
        for (String[] named : new String[][] {{"-Dallstar.anvil", System.getProperty("allstar.anvil")},
                {"ALLSTAR_ANVIL", System.getenv("ALLSTAR_ANVIL")}}) {
            // a named binary is what the user wants: no silent fallback to another one
            if (named[1] != null && !named[1].isBlank() && !Files.isExecutable(Path.of(named[1]))) {
                throw new ChainException(named[0] + " names " + named[1] + ", which is not an executable anvil; "
                        + "point it at node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil (after `npm ci`) or unset it");
            }
        }
        return locate().orElseThrow(() -> new ChainException("anvil, the local Ethereum node, was not found. "
                + "Run `npm ci` in the ALLSTAR Studio folder (it installs @foundry-rs/anvil from package.json), "
                + "or set ALLSTAR_ANVIL or -Dallstar.anvil to an anvil binary."));
    }

    public static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        explicit(System.getProperty("allstar.anvil")).ifPresent(candidates::add);
        explicit(System.getenv("ALLSTAR_ANVIL")).ifPresent(candidates::add);
        for (String start : new String[] {System.getProperty("allstar.home"), System.getProperty("user.dir")}) {
            if (start != null) {
                for (Path dir = Path.of(start).toAbsolutePath(); dir != null; dir = dir.getParent()) {
                    candidates.add(dir.resolve(PACKAGE_BINARY));
                }
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) candidates.add(Path.of(dir, "anvil"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static Optional<Path> explicit(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
