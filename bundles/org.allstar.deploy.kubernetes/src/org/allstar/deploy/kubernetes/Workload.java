// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.allstar.deploy.Composer;
import org.allstar.deploy.ContainerSpec;
import org.allstar.deploy.DeployException;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.EndpointKind;
import org.allstar.model.Node;
import org.allstar.model.Placement;

/**
 * One component of a deployment on one cluster, as the composer sees it: how many replicas run there, the
 * image chosen for the nodes' hardware, CPU and memory (requests = limits), how many GPUs, the ports, the
 * environment shared by its pods, the node labels that select its hardware, and the model nodes it stands for.
 */
record Workload(String deployment, String component, String cluster, int replicas, String image, long nanoCpus,
        long memoryBytes, int gpus, List<Integer> ports, Map<String, String> env, Map<String, String> nodeSelector,
        String isolation, List<String> nodes) {

    /** The node label of the architecture, set by the kubelet on every node. */
    public static final String ARCH_LABEL = "kubernetes.io/arch";
    /** The node label NVIDIA's GPU feature discovery sets on nodes with a GPU. */
    public static final String GPU_LABEL = "nvidia.com/gpu.present";
    /** The extended resource NVIDIA's device plugin reports and schedules. */
    public static final String GPU_RESOURCE = "nvidia.com/gpu";

    public Workload {
        ports = List.copyOf(ports);
        env = new TreeMap<>(env);
        nodeSelector = new TreeMap<>(nodeSelector);
        nodes = List.copyOf(nodes);
    }

    /** The workloads of a deployment on the nodes of providers with only a kubernetes endpoint, per cluster URL. */
    public static Map<String, List<Workload>> of(Deployment deployment) {
        Map<String, List<Workload>> byCluster = new LinkedHashMap<>();
        Composer.compose(deployment, EndpointKind.KUBERNETES).forEach((cluster, specs) -> {
            Map<String, List<ContainerSpec>> byComponent = new LinkedHashMap<>();
            for (ContainerSpec s : specs) byComponent.computeIfAbsent(s.component(), c -> new ArrayList<>()).add(s);
            List<Workload> workloads = new ArrayList<>();
            byComponent.forEach((component, replicas) -> workloads.add(of(deployment, cluster, replicas)));
            byCluster.put(cluster, workloads);
        });
        return byCluster;
    }

    private static Workload of(Deployment deployment, String cluster, List<ContainerSpec> replicas) {
        ContainerSpec first = replicas.get(0);
        var images = new TreeSet<String>();
        replicas.forEach(s -> images.add(s.image()));
        if (images.size() > 1) {
            throw new DeployException(first.component() + " is placed on nodes of " + cluster + " that need different images "
                    + images + "; one Kubernetes Deployment runs one image: place it on nodes of one architecture");
        }
        Component component = component(deployment, first.component());
        List<Node> nodes = replicas.stream().map(s -> node(deployment, s.node())).distinct().toList();
        Map<String, String> selector = new TreeMap<>();
        var arches = new TreeSet<String>();
        for (Node n : nodes) arches.add(n.getArch().getLiteral()); // amd64 when the model does not say
        if (arches.size() == 1) selector.put(ARCH_LABEL, arches.first());
        int gpus = 0;
        if (first.gpu()) {
            gpus = Math.max(1, component.getAccelerator().getCount());
            selector.put(GPU_LABEL, "true");
        }
        Map<String, String> env = new TreeMap<>(first.env());
        // per pod, not per Deployment: the pod's node and name come from the downward API (see Manifests)
        env.remove("ALLSTAR_REPLICA");
        env.remove("ALLSTAR_NODE");
        return new Workload(first.deployment(), first.component(), cluster, replicas.size(), first.image(), first.nanoCpus(),
                first.memoryBytes(), gpus, first.ports(), env, selector, first.isolation(),
                nodes.stream().map(Composer::nodeName).toList());
    }

    private static Component component(Deployment deployment, String name) {
        return deployment.getPlacements().stream().map(Placement::getComponent)
                .filter(c -> c != null && name.equals(c.getName())).findFirst().orElseThrow();
    }

    private static Node node(Deployment deployment, String name) {
        return deployment.getPlacements().stream().flatMap(p -> p.getNodes().stream())
                .filter(n -> name.equals(Composer.nodeName(n))).findFirst().orElseThrow();
    }

    /** "web ×2 (shop/web:1)" */
    public String describe() {
        return component + " ×" + replicas + " (" + image + (gpus > 0 ? ", " + gpus + " GPU" : "") + ")";
    }
}
