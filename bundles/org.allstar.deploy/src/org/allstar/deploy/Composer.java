// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.model.AcceleratorKind;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Endpoint;
import org.allstar.model.EndpointKind;
import org.allstar.model.ImageVariant;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Unit;

/**
 * The function composer: for each placement of a deployment and each node it names, the container to run
 * there: the image variant for the node's hardware (the GPU variant on a node with a GPU, the one for its
 * architecture, else the component's image), CPU and memory limits from the component's asks, its ports, the
 * isolation level, and an environment that tells the container who it is. Replicas are spread over the
 * placement's nodes in turn.
 */
public final class Composer {
    private Composer() {
    }

    /**
     * The containers of a deployment on docker engines, per engine URL (in the order of the model). Nodes whose
     * provider has only a kubernetes endpoint are left to the Kubernetes deployer.
     */
    public static Map<String, List<ContainerSpec>> compose(Deployment deployment) {
        return compose(deployment, EndpointKind.DOCKER);
    }

    /**
     * The containers of a deployment on the nodes served through endpoints of this kind, per endpoint URL (in
     * the order of the model). A node is served by its provider's docker endpoint if it has one, else by its
     * kubernetes endpoint; a provider with neither is an error.
     */
    public static Map<String, List<ContainerSpec>> compose(Deployment deployment, EndpointKind kind) {
        Map<String, List<ContainerSpec>> byEngine = new LinkedHashMap<>();
        for (Placement placement : deployment.getPlacements()) {
            Component c = placement.getComponent();
            List<Node> nodes = placement.getNodes();
            if (c == null || nodes.isEmpty()) continue;
            int replicas = Math.max(1, c.getReplicas());
            for (int r = 0; r < Math.max(replicas, nodes.size()); r++) {
                Node node = nodes.get(r % nodes.size());
                if (endpointOf(node).getKind() != kind) continue;
                ContainerSpec spec = spec(deployment, c, r, node);
                byEngine.computeIfAbsent(spec.engine(), e -> new ArrayList<>()).add(spec);
            }
        }
        return byEngine;
    }

    static ContainerSpec spec(Deployment deployment, Component c, int replica, Node node) {
        boolean gpu = c.getAccelerator() != null && c.getAccelerator().getKind() == AcceleratorKind.GPU
                && node.getAccelerators().stream().anyMatch(a -> a.getKind() == AcceleratorKind.GPU);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ALLSTAR_DEPLOYMENT", deployment.getName());
        env.put("ALLSTAR_COMPONENT", c.getName());
        env.put("ALLSTAR_REPLICA", Integer.toString(replica));
        env.put("ALLSTAR_NODE", nodeName(node));
        if (!c.getPorts().isEmpty()) env.put("ALLSTAR_PORTS", c.getPorts().toString().replaceAll("[\\[\\] ]", ""));
        return new ContainerSpec(deployment.getName(), c.getName(), replica, nodeName(node), engineOf(node), image(c, node, gpu),
                nanoCpus(c), memory(c), c.getPorts(), env, gpu, c.getIsolation() == null ? "container" : c.getIsolation().getLiteral());
    }

    /** The image for this node: a variant for its GPU (when the component uses one), else for its architecture. */
    static String image(Component c, Node node, boolean gpu) {
        if (gpu) {
            for (ImageVariant v : c.getVariants()) {
                if (v.isSetAccelerator() && v.getAccelerator() == AcceleratorKind.GPU
                        && (!v.isSetArch() || v.getArch() == node.getArch())) return v.getImage();
            }
        }
        for (ImageVariant v : c.getVariants()) {
            if (v.isSetArch() && !v.isSetAccelerator() && v.getArch() == node.getArch()) return v.getImage();
        }
        if (c.getImage() == null) throw new DeployException(c.getName() + " has no image; add `image \"...\"` to it");
        return c.getImage();
    }

    /** The URL of the endpoint that serves the node: its provider's docker endpoint, else its kubernetes one. */
    static String engineOf(Node node) {
        return endpointOf(node).getUrl();
    }

    /** The endpoint that serves the node: its provider's docker endpoint if it has one, else its kubernetes one. */
    public static Endpoint endpointOf(Node node) {
        Provider provider = (Provider) node.eContainer();
        Endpoint kubernetes = null;
        for (Endpoint e : provider.getEndpoints()) {
            if (e.getKind() == EndpointKind.DOCKER) return e;
            if (e.getKind() == EndpointKind.KUBERNETES && kubernetes == null) kubernetes = e;
        }
        if (kubernetes != null) return kubernetes;
        throw new DeployException(provider.getName() + " has no docker or kubernetes endpoint for " + nodeName(node)
                + "; add `endpoint docker \"unix:///var/run/docker.sock\"` (or tcp://host:2376 tls) or"
                + " `endpoint kubernetes \"https://host:6443\"` to the provider");
    }

    /** "CornerShop.box": the node's provider and name, as containers, labels and reports name it. */
    public static String nodeName(Node node) {
        return ((Provider) node.eContainer()).getName() + "." + node.getName();
    }

    private static long nanoCpus(Component c) {
        return c.getCpu() == null ? 0 : Quantities.valueIn(c.getCpu(), Unit.CORE)
                .map(r -> r.toBigDecimal(java.math.MathContext.DECIMAL64).multiply(BigDecimal.valueOf(1_000_000_000L)).longValue())
                .orElse(0L);
    }

    private static long memory(Component c) {
        return c.getMemory() == null ? 0 : Quantities.valueIn(c.getMemory(), Unit.BYTE)
                .map(r -> r.toBigDecimal(java.math.MathContext.DECIMAL64).longValue()).orElse(0L);
    }
}
