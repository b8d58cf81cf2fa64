// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.allstar.deploy.ContainerSpec;
import org.allstar.deploy.DeployException;
import org.allstar.deploy.Deployer.Action;
import org.allstar.deploy.Deployer.Kind;
import org.allstar.deploy.Deployer.Options;
import org.allstar.deploy.Deployer.Report;
import org.allstar.deploy.Deployer.Running;
import org.allstar.model.Deployment;
import org.allstar.model.Endpoint;
import org.allstar.model.EndpointKind;
import org.allstar.model.Provider;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Applies a deployment to the Kubernetes clusters of its providers (those with an {@code endpoint kubernetes}
 * and no docker endpoint) with the Docker deployer's semantics: per cluster a namespace
 * {@code allstar-<deployment>} with one Deployment (and Service) per component (see {@link Manifests});
 * applying again converges by the spec label (creates what is missing, updates what changed, deletes what the
 * deployment no longer has, keeps the rest); a dry run only lists the actions. Every cluster is checked first
 * (it answers; a GPU component needs a node that reports {@code nvidia.com/gpu} capacity; vm isolation needs the
 * runtime class), so a deployment that cannot run fails before anything is created. A failure part-way rolls
 * every cluster back (new objects deleted, updated ones restored); with keep-going what is left is reported.
 */
public final class KubernetesDeployer implements AutoCloseable {
    private final Clusters clusters;
    private final Manifests manifests = withBundleLoader(Manifests::new);

    /** Clusters reached with the kubeconfig's credentials (see {@link KubeconfigClusters}). */
    public KubernetesDeployer() {
        this(new KubeconfigClusters());
    }

    /** Clusters reached with the credentials of this kubeconfig file only (the studio's preference). */
    public KubernetesDeployer(java.nio.file.Path kubeconfig) {
        this(new KubeconfigClusters(kubeconfig.toFile()));
    }

    /** Tests hand in the clients of a mock API server (fabric8 types stay inside this bundle). */
    KubernetesDeployer(Clusters clusters) {
        this.clusters = clusters;
    }

    /**
     * The manifests of the deployment per cluster URL, as YAML streams (what {@code allstar export k8s} writes):
     * exactly the objects apply converges to.
     */
    public Map<String, String> yaml(Deployment deployment) {
        return withBundleLoader(() -> {
            Map<String, String> byCluster = new LinkedHashMap<>();
            manifests.of(deployment).forEach((cluster, objects) -> byCluster.put(cluster, manifests.yaml(objects)));
            return byCluster;
        });
    }

    /** The objects this deployment has on each cluster: what apply converges to, and what exports write. */
    Map<String, Manifests.ClusterManifests> manifests(Deployment deployment) {
        return withBundleLoader(() -> manifests.of(deployment));
    }

    /** The manifests of one cluster as YAML. */
    String yaml(Manifests.ClusterManifests cluster) {
        return withBundleLoader(() -> manifests.yaml(cluster));
    }

    public Report apply(Deployment deployment, Options options) {
        return withBundleLoader(() -> {
            Map<String, Manifests.ClusterManifests> wanted = manifests.of(deployment);
            Set<String> urls = new LinkedHashSet<>(clustersOf(deployment));
            urls.addAll(wanted.keySet());
            List<String> problems = new ArrayList<>();
            for (String url : urls) problems.addAll(preflight(url, wanted.get(url)));
            if (!problems.isEmpty()) return new Report(List.of(), problems, false, List.of());
            Map<String, List<Step>> steps = new LinkedHashMap<>();
            for (String url : urls) steps.put(url, diff(url, deployment.getName(), wanted.get(url)));
            return run(steps, options);
        });
    }

    /** The Deployments of this deployment on every cluster of the model: one line each, replicas ready. */
    public List<Running> status(Deployment deployment) {
        return withBundleLoader(() -> {
            List<Running> result = new ArrayList<>();
            String ns = Manifests.namespace(deployment.getName());
            for (String url : clustersOf(deployment)) {
                KubernetesClient client = reach(url);
                for (var d : client.apps().deployments().inNamespace(ns).withLabel(ContainerSpec.LABEL_DEPLOYMENT, deployment.getName())
                        .list().getItems()) {
                    var labels = d.getMetadata().getLabels();
                    int want = d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
                    int ready = d.getStatus() == null || d.getStatus().getReadyReplicas() == null ? 0 : d.getStatus().getReadyReplicas();
                    String nodes = d.getMetadata().getAnnotations() == null ? "" : d.getMetadata().getAnnotations()
                            .getOrDefault(Manifests.NODES_ANNOTATION, "");
                    result.add(new Running(url, ns + "/" + d.getMetadata().getName(), labels.get(ContainerSpec.LABEL_COMPONENT), want,
                            nodes, ready >= want ? "ready" : "not ready", ready + "/" + want + " ready", labels.get(ContainerSpec.LABEL_SPEC)));
                }
            }
            result.sort(Comparator.comparing(Running::component).thenComparing(Running::engine));
            return result;
        });
    }

    /** Deletes the deployment's Deployments, Services and namespace from every cluster of the model. */
    public Report undeploy(Deployment deployment, Options options) {
        return withBundleLoader(() -> {
            List<String> problems = new ArrayList<>();
            List<String> urls = clustersOf(deployment);
            for (String url : urls) {
                try {
                    reach(url);
                } catch (DeployException e) {
                    problems.add(e.getMessage());
                }
            }
            if (!problems.isEmpty()) return new Report(List.of(), problems, false, List.of());
            Map<String, List<Step>> steps = new LinkedHashMap<>();
            for (String url : urls) steps.put(url, diff(url, deployment.getName(), null));
            return run(steps, options);
        });
    }

    private Report run(Map<String, List<Step>> steps, Options options) {
        List<Action> actions = new ArrayList<>();
        steps.values().forEach(list -> list.forEach(s -> actions.add(s.action())));
        if (options.dryRun()) return new Report(actions, List.of(), false, List.of());
        Map<String, ClusterRun> runs = new LinkedHashMap<>();
        steps.forEach((url, list) -> runs.put(url, new ClusterRun(clusters.client(url), url, list, options.progress())));
        List<String> failures = new ArrayList<>();
        for (ClusterRun r : runs.values()) {
            try {
                r.change();
            } catch (DeployException e) {
                failures.add(e.getMessage());
                if (!options.keepGoing()) break;
            }
        }
        if (!failures.isEmpty() && !options.keepGoing()) {
            List<String> undo = new ArrayList<>();
            runs.values().forEach(r -> undo.addAll(r.rollBack()));
            List<String> all = new ArrayList<>(failures);
            all.addAll(undo);
            return new Report(actions, all, true, undo);
        }
        runs.values().forEach(r -> failures.addAll(r.commit()));
        List<String> left = new ArrayList<>();
        runs.values().forEach(r -> left.addAll(r.notDone()));
        return new Report(actions, failures, false, left);
    }

    /** What it takes to converge one cluster to the wanted objects (null: to nothing, namespace included). */
    private List<Step> diff(String url, String deployment, Manifests.ClusterManifests wanted) {
        KubernetesClient client = clusters.client(url);
        String ns = Manifests.namespace(deployment);
        List<Step> steps = new ArrayList<>();
        var namespace = client.namespaces().withName(ns).get();
        Map<String, HasMetadata> existing = new LinkedHashMap<>();
        if (namespace != null) {
            for (HasMetadata o : client.apps().deployments().inNamespace(ns).withLabel(ContainerSpec.LABEL_DEPLOYMENT, deployment).list().getItems()) {
                existing.put(key(o), o);
            }
            for (HasMetadata o : client.services().inNamespace(ns).withLabel(ContainerSpec.LABEL_DEPLOYMENT, deployment).list().getItems()) {
                existing.put(key(o), o);
            }
        }
        if (wanted != null) {
            steps.add(new Step(namespace == null ? Kind.CREATE : Kind.KEEP, url, wanted.namespace(), namespace));
            for (HasMetadata o : wanted.objects()) {
                HasMetadata old = existing.remove(key(o));
                Kind kind = old == null ? Kind.CREATE
                        : spec(o).equals(spec(old)) ? Kind.KEEP : Kind.REPLACE;
                steps.add(new Step(kind, url, o, old));
            }
        }
        existing.values().forEach(o -> steps.add(new Step(Kind.REMOVE, url, null, o)));
        boolean ours = namespace != null && namespace.getMetadata().getLabels() != null
                && deployment.equals(namespace.getMetadata().getLabels().get(ContainerSpec.LABEL_DEPLOYMENT));
        if (wanted == null && ours) steps.add(new Step(Kind.REMOVE, url, null, namespace));
        return steps;
    }

    private static String key(HasMetadata o) {
        return o.getKind() + "/" + o.getMetadata().getName();
    }

    private static String spec(HasMetadata o) {
        var labels = o.getMetadata().getLabels();
        return labels == null ? "" : labels.getOrDefault(ContainerSpec.LABEL_SPEC, "");
    }

    /** Why the cluster cannot take these objects: it does not answer, or lacks GPUs or a runtime class. */
    private List<String> preflight(String url, Manifests.ClusterManifests wanted) {
        try {
            KubernetesClient client = reach(url);
            if (wanted == null) return List.of();
            List<String> problems = new ArrayList<>();
            List<String> needGpu = new ArrayList<>();
            boolean needVm = false;
            for (HasMetadata o : wanted.objects()) {
                if (!(o instanceof io.fabric8.kubernetes.api.model.apps.Deployment d)) continue;
                var pod = d.getSpec().getTemplate().getSpec();
                var limits = pod.getContainers().get(0).getResources().getLimits();
                if (limits != null && limits.containsKey(Workload.GPU_RESOURCE)) needGpu.add(d.getMetadata().getName());
                needVm |= Manifests.VM_RUNTIME_CLASS.equals(pod.getRuntimeClassName());
            }
            if (!needGpu.isEmpty()) {
                List<Node> nodes = client.nodes().list().getItems();
                if (nodes.stream().noneMatch(KubernetesDeployer::hasGpu)) {
                    problems.add(url + ": " + String.join(", ", needGpu) + " needs a GPU, but none of the cluster's " + nodes.size()
                            + " nodes reports " + Workload.GPU_RESOURCE + " capacity; install the NVIDIA device plugin there or place it elsewhere");
                }
            }
            if (needVm && client.runtimeClasses().withName(Manifests.VM_RUNTIME_CLASS).get() == null) {
                problems.add(url + ": vm isolation needs the RuntimeClass " + Manifests.VM_RUNTIME_CLASS
                        + ", which the cluster does not have; install Kata Containers there or place the component elsewhere");
            }
            return problems;
        } catch (DeployException e) {
            return List.of(e.getMessage());
        } catch (KubernetesClientException e) {
            return List.of(url + ": the cluster refused a check (" + causes(e) + ")");
        }
    }

    private static boolean hasGpu(Node node) {
        var capacity = node.getStatus() == null ? null : node.getStatus().getCapacity();
        Quantity gpus = capacity == null ? null : capacity.get(Workload.GPU_RESOURCE);
        return gpus != null && gpus.getNumericalAmount().signum() > 0;
    }

    /** The cluster's client, once it answered. */
    private KubernetesClient reach(String url) {
        KubernetesClient client = clusters.client(url);
        try {
            client.getKubernetesVersion();
            return client;
        } catch (RuntimeException e) {
            throw new DeployException("the cluster " + url + " does not answer (" + causes(e)
                    + "); check the provider's kubernetes endpoint and the kubeconfig's credentials for it", e);
        }
    }

    /** The messages along the cause chain: fabric8 says "An error has occurred." and the cause says what. */
    static String causes(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null && messages.size() < 4; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (messages.stream().noneMatch(x -> x.contains(m))) messages.add(m);
        }
        return String.join(": ", messages);
    }

    /** The kubernetes endpoints of the providers in the deployment's resource set (model order). */
    static List<String> clustersOf(Deployment deployment) {
        Set<String> urls = new LinkedHashSet<>();
        Resource resource = deployment.eResource();
        if (resource == null) return List.of();
        var sets = resource.getResourceSet() == null ? List.of(resource) : resource.getResourceSet().getResources();
        for (Resource r : sets) {
            for (TreeIterator<EObject> it = r.getAllContents(); it.hasNext();) {
                if (it.next() instanceof Provider p && p.getEndpoints().stream().noneMatch(e -> e.getKind() == EndpointKind.DOCKER)) {
                    for (Endpoint e : p.getEndpoints()) if (e.getKind() == EndpointKind.KUBERNETES) urls.add(e.getUrl());
                }
            }
        }
        return new ArrayList<>(urls);
    }

    /** fabric8 finds its HTTP client, model classes and Jackson modules through the context class loader; in
     * OSGi that must be this bundle's, which has them all on its class path. */
    private static <T> T withBundleLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(KubernetesDeployer.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public void close() {
        clusters.close();
    }

    /** Whether the deployment has anything for Kubernetes (a provider with a kubernetes and no docker endpoint). */
    public static boolean concerns(Deployment deployment) {
        return !clustersOf(deployment).isEmpty();
    }
}
