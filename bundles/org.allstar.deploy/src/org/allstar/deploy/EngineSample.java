// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

import java.util.List;

/** One engine's answer: whether it was reachable (else why not) and its containers of the deployment. */
public record EngineSample(String engine, long atMillis, boolean reachable, String error, List<ContainerSample> containers) {
    public EngineSample {
        containers = List.copyOf(containers);
    }
}
