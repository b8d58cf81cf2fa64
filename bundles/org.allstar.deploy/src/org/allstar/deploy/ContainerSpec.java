// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One container a deployment asks for on one engine: which replica of which component, the image chosen for
 * the node's hardware, its limits, ports, environment and whether it needs a GPU. {@link #hash()} identifies
 * everything that makes a container different, so applying again replaces exactly what changed.
 */
public record ContainerSpec(String deployment, String component, int replica, String node, String engine, String image,
        long nanoCpus, long memoryBytes, List<Integer> ports, Map<String, String> env, boolean gpu, String isolation) {

    public static final String LABEL_DEPLOYMENT = "org.allstar.deployment";
    public static final String LABEL_COMPONENT = "org.allstar.component";
    public static final String LABEL_REPLICA = "org.allstar.replica";
    public static final String LABEL_NODE = "org.allstar.node";
    public static final String LABEL_SPEC = "org.allstar.spec";

    public ContainerSpec {
        ports = List.copyOf(ports);
        env = Map.copyOf(env);
    }

    /** The container's name on its engine: deployment, component and replica (one container per replica). */
    public String name() {
        return "allstar-" + deployment + "-" + component + "-" + replica;
    }

    /** A short hash of everything that, changed, needs a new container. */
    public String hash() {
        String text = String.join("|", image, Long.toString(nanoCpus), Long.toString(memoryBytes), ports.toString(),
                new TreeMap<>(env).toString(), Boolean.toString(gpu), isolation, node);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, String> labels() {
        return Map.of(LABEL_DEPLOYMENT, deployment, LABEL_COMPONENT, component, LABEL_REPLICA, Integer.toString(replica),
                LABEL_NODE, node, LABEL_SPEC, hash());
    }

    /** "web#0 on CornerShop.box (hello/web:1.0-arm64)" */
    public String describe() {
        return component + "#" + replica + " on " + node + " (" + image + ")";
    }
}
