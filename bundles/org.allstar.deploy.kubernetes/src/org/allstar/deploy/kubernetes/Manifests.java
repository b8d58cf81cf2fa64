// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.allstar.deploy.ContainerSpec;
import org.allstar.model.Deployment;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The Kubernetes objects of a deployment, per cluster: a namespace {@code allstar-<deployment>}, and per
 * component an apps/v1 Deployment (its replicas on that cluster, the image for the nodes' hardware, CPU and
 * memory requests equal to the limits, an {@code nvidia.com/gpu} limit and GPU node selector when it uses a GPU,
 * the architecture's node selector, the composer's environment) and, when it has ports, a ClusterIP Service.
 * Every object carries the deployment and component labels and {@value ContainerSpec#LABEL_SPEC}, a hash of
 * the rest of it, so that applying again replaces exactly what changed. Used by the deployer and by exports.
 */
final class Manifests {
    /** The runtime class a component with {@code isolation vm} runs under (the name Kata Containers installs). */
    public static final String VM_RUNTIME_CLASS = "kata";
    /** On the Deployment: the model nodes (provider.node, comma separated) the component was placed on. */
    public static final String NODES_ANNOTATION = "org.allstar.nodes";

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /** The objects for one cluster: its namespace, then each component's Deployment and Service. */
    public record ClusterManifests(String cluster, Namespace namespace, List<HasMetadata> objects) {
        public List<HasMetadata> all() {
            List<HasMetadata> all = new ArrayList<>();
            all.add(namespace);
            all.addAll(objects);
            return all;
        }
    }

    /** The manifests of the deployment's workloads on Kubernetes clusters, per cluster URL (model order). */
    public Map<String, ClusterManifests> of(Deployment deployment) {
        return of(deployment.getName(), Workload.of(deployment));
    }

    Map<String, ClusterManifests> of(String deployment, Map<String, List<Workload>> workloads) {
        Map<String, ClusterManifests> result = new LinkedHashMap<>();
        workloads.forEach((cluster, list) -> {
            List<HasMetadata> objects = new ArrayList<>();
            for (Workload w : list) {
                objects.add(deploymentOf(w));
                if (!w.ports().isEmpty()) objects.add(serviceOf(w));
            }
            result.put(cluster, new ClusterManifests(cluster, namespaceOf(deployment), objects));
        });
        return result;
    }

    /** The objects as one YAML stream, the way kubectl apply -f reads them. */
    public String yaml(ClusterManifests manifests) {
        StringBuilder out = new StringBuilder();
        for (HasMetadata o : manifests.all()) {
            String text = serialization.asYaml(o);
            out.append(text.startsWith("---") ? "" : "---\n").append(text);
            if (!text.endsWith("\n")) out.append('\n');
        }
        return out.toString();
    }

    /** {@code allstar-<deployment>}, as a DNS label. */
    public static String namespace(String deployment) {
        return dns("allstar-" + deployment);
    }

    public static Namespace namespaceOf(String deployment) {
        return new NamespaceBuilder().withNewMetadata().withName(namespace(deployment))
                .withLabels(Map.of(ContainerSpec.LABEL_DEPLOYMENT, deployment, "app.kubernetes.io/managed-by", "allstar"))
                .endMetadata().build();
    }

    private HasMetadata deploymentOf(Workload w) {
        Map<String, Quantity> requests = new TreeMap<>();
        if (w.nanoCpus() > 0) requests.put("cpu", new Quantity(w.nanoCpus() / 1_000_000 + "m"));
        if (w.memoryBytes() > 0) requests.put("memory", new Quantity(Long.toString(w.memoryBytes())));
        Map<String, Quantity> limits = new TreeMap<>(requests);
        if (w.gpus() > 0) limits.put(Workload.GPU_RESOURCE, new Quantity(Integer.toString(w.gpus())));
        List<EnvVar> env = new ArrayList<>();
        w.env().forEach((k, v) -> env.add(new EnvVar(k, v, null)));
        env.add(new EnvVarBuilder().withName("ALLSTAR_NODE").withNewValueFrom().withNewFieldRef().withFieldPath("spec.nodeName")
                .endFieldRef().endValueFrom().build());
        env.add(new EnvVarBuilder().withName("ALLSTAR_POD").withNewValueFrom().withNewFieldRef().withFieldPath("metadata.name")
                .endFieldRef().endValueFrom().build());
        List<ContainerPort> ports = w.ports().stream().map(p -> new ContainerPortBuilder().withContainerPort(p).build()).toList();
        var deployment = new DeploymentBuilder().withNewMetadata().withName(dns(w.component())).withNamespace(namespace(w.deployment()))
                .withLabels(labels(w)).withAnnotations(Map.of(NODES_ANNOTATION, String.join(",", w.nodes()))).endMetadata()
                .withNewSpec().withReplicas(w.replicas()).withNewSelector().withMatchLabels(labels(w)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(labels(w)).endMetadata()
                .withNewSpec().withNodeSelector(w.nodeSelector().isEmpty() ? null : w.nodeSelector())
                .withRuntimeClassName("vm".equals(w.isolation()) ? VM_RUNTIME_CLASS : null)
                .addNewContainer().withName(dns(w.component())).withImage(w.image()).withEnv(env)
                .withPorts(ports.isEmpty() ? null : ports)
                .withNewResources().withRequests(requests.isEmpty() ? null : requests).withLimits(limits.isEmpty() ? null : limits)
                .endResources().endContainer().endSpec().endTemplate().endSpec().build();
        return hashed(deployment);
    }

    private HasMetadata serviceOf(Workload w) {
        List<ServicePort> ports = w.ports().stream().map(p -> new ServicePortBuilder().withName("p" + p).withPort(p)
                .withNewTargetPort(p).build()).toList();
        Service service = new ServiceBuilder().withNewMetadata().withName(dns(w.component())).withNamespace(namespace(w.deployment()))
                .withLabels(labels(w)).endMetadata()
                .withNewSpec().withType("ClusterIP").withSelector(labels(w)).withPorts(ports).endSpec().build();
        return hashed(service);
    }

    private static Map<String, String> labels(Workload w) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(ContainerSpec.LABEL_DEPLOYMENT, w.deployment());
        labels.put(ContainerSpec.LABEL_COMPONENT, w.component());
        return labels;
    }

    /** Adds the spec label: a hash of the object as it is without it. */
    private <T extends HasMetadata> T hashed(T object) {
        Map<String, String> labels = new TreeMap<>(object.getMetadata().getLabels());
        labels.put(ContainerSpec.LABEL_SPEC, hash(serialization.asJson(object)));
        object.getMetadata().setLabels(labels);
        return object;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DNS-1123 label (what Kubernetes accepts as a name): lower case, letters, digits and '-', at most 63. */
    static String dns(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 63) s = s.substring(0, 63).replaceAll("-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
