// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.allstar.deploy.Deployer;
import org.allstar.deploy.Deployer.Kind;
import org.allstar.lang.AllstarMlStandaloneSetup;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * A deployment applied to two simulated clusters (a Cloud one whose node has a GPU, an Edge one without):
 * created with the right resources, GPU limit and node selectors, converged, changed, shrunk, rolled back after
 * a failure part-way, refused before anything is created when it cannot run, and undeployed.
 */
class KubernetesDeployerTest {
    @TempDir
    static Path folder;
    static MockClusters clusters;
    static String cloud;
    static String edge;
    static ModelLoader loader;

    @BeforeAll
    static void start() {
        clusters = new MockClusters();
        cloud = clusters.start("gpu-node-1", 1);
        edge = clusters.start("edge-node-1", 0);
        loader = AllstarMlStandaloneSetup.doSetup().getInstance(ModelLoader.class);
    }

    @AfterAll
    static void stop() {
        clusters.stop();
    }

    /** Web on the Edge box (arm64, port 8080), worker (replicas) and infer (a GPU) on the Cloud pool. */
    static String model(String deployment, String workerMemory, int workerReplicas, String extraComponent, String placements) {
        return """
                package k8stest
                provider Cloud {
                  kind cloud
                  region "eu-central-1"
                  endpoint kubernetes "%s"
                  node pool {
                    cpu 8 cores
                    memory 32 GB
                    arch amd64
                    accelerator gpu nvidia "T4" count 1 memory 16 GB
                  }
                }
                provider Edge {
                  kind edge
                  region "pt-north"
                  endpoint kubernetes "%s"
                  node box {
                    cpu 2 cores
                    memory 2 GB
                    arch arm64
                    accelerator gpu nvidia "Orin" count 1 memory 8 GB
                  }
                }
                application Shop {
                  component web {
                    image "shop/web:1"
                    variant arm64 "shop/web:1-arm64"
                    cpu 1 core
                    memory 64 MB
                    ports 8080
                  }
                  component worker {
                    image "shop/worker:1"
                    cpu 2 cores
                    memory %s
                    replicas %d
                  }
                  component infer {
                    image "shop/infer:1"
                    variant gpu "shop/infer:1-cuda"
                    cpu 2 cores
                    memory 4 GB
                    accelerator gpu required
                  }
                  %s
                }
                deployment %s of Shop {
                  %s
                }
                """.formatted(cloud, edge, workerMemory, workerReplicas, extraComponent, deployment, placements);
    }

    static final String ALL = "web on Edge.box\n  worker on Cloud.pool\n  infer on Cloud.pool";

    static Deployment load(String text) throws Exception {
        Path file = Files.writeString(Files.createTempFile(folder, "model", ".allstar"), text);
        return loader.load(List.of(file), CancelIndicator.NullImpl).models().get(0).getElements().stream()
                .filter(Deployment.class::isInstance).map(Deployment.class::cast).findFirst().orElseThrow();
    }

    static KubernetesClient k8s(String cluster) {
        return clusters.client(cluster);
    }

    static io.fabric8.kubernetes.api.model.apps.Deployment deployment(String cluster, String deployment, String name) {
        return k8s(cluster).apps().deployments().inNamespace("allstar-" + deployment).withName(name).get();
    }

    /** name -> resourceVersion of every Deployment and Service in the deployment's namespace on a cluster. */
    static Map<String, String> versions(String cluster, String deployment) {
        Map<String, String> versions = new TreeMap<>();
        String ns = "allstar-" + deployment;
        k8s(cluster).apps().deployments().inNamespace(ns).list().getItems()
                .forEach(d -> versions.put("deployment/" + d.getMetadata().getName(), d.getMetadata().getResourceVersion()));
        k8s(cluster).services().inNamespace(ns).list().getItems()
                .forEach(s -> versions.put("service/" + s.getMetadata().getName(), s.getMetadata().getResourceVersion()));
        return versions;
    }

    static Quantity limit(io.fabric8.kubernetes.api.model.apps.Deployment d, String resource) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits().get(resource);
    }

    static Quantity request(io.fabric8.kubernetes.api.model.apps.Deployment d, String resource) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests().get(resource);
    }

    @Test
    void anApplyCreatesNamespacesDeploymentsAndServicesWithResourcesGpuLimitsAndNodeSelectors() throws Exception {
        Deployment live = load(model("live", "512 MB", 2, "", ALL));
        try (KubernetesDeployer deployer = new KubernetesDeployer(clusters)) {
            Deployer.Report dry = deployer.apply(live, new Deployer.Options(true, false, line -> { }));
            assertTrue(dry.ok(), dry.failures().toString());
            // per cluster a namespace; web's Deployment and Service on the Edge; worker's and infer's on the Cloud
            assertEquals(6, dry.count(Kind.CREATE), dry.actions().toString());
            assertNull(k8s(cloud).namespaces().withName("allstar-live").get(), "a dry run changes nothing");
            assertNull(k8s(edge).namespaces().withName("allstar-live").get());

            List<String> progress = new ArrayList<>();
            Deployer.Report created = deployer.apply(live, new Deployer.Options(false, false, progress::add));
            assertTrue(created.ok(), created.failures().toString());
            assertEquals(6, created.count(Kind.CREATE), created.actions().toString());
            assertEquals(6, progress.size(), progress.toString());
            var ns = k8s(cloud).namespaces().withName("allstar-live").get();
            assertEquals("live", ns.getMetadata().getLabels().get("org.allstar.deployment"));

            var worker = deployment(cloud, "live", "worker");
            assertEquals(2, worker.getSpec().getReplicas());
            assertEquals("shop/worker:1", worker.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
            assertEquals(new Quantity("2"), request(worker, "cpu"), "2 cores, requested");
            assertEquals(new Quantity("2"), limit(worker, "cpu"), "and the limit");
            assertEquals(new Quantity("512M"), request(worker, "memory"), "512 MB");
            assertEquals(new Quantity("512M"), limit(worker, "memory"));
            assertNull(limit(worker, "nvidia.com/gpu"));
            assertEquals(Map.of("kubernetes.io/arch", "amd64"), worker.getSpec().getTemplate().getSpec().getNodeSelector());
            assertEquals(Map.of("org.allstar.component", "worker", "org.allstar.deployment", "live"),
                    worker.getSpec().getSelector().getMatchLabels());
            var env = worker.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
            assertTrue(env.stream().anyMatch(e -> e.getName().equals("ALLSTAR_COMPONENT") && e.getValue().equals("worker")), env.toString());
            assertTrue(env.stream().anyMatch(e -> e.getName().equals("ALLSTAR_NODE") && e.getValueFrom() != null), env.toString());

            var infer = deployment(cloud, "live", "infer");
            assertEquals("shop/infer:1-cuda", infer.getSpec().getTemplate().getSpec().getContainers().get(0).getImage(), "the GPU variant");
            assertEquals(new Quantity("1"), limit(infer, "nvidia.com/gpu"));
            assertEquals(Map.of("kubernetes.io/arch", "amd64", "nvidia.com/gpu.present", "true"),
                    infer.getSpec().getTemplate().getSpec().getNodeSelector());

            var web = deployment(edge, "live", "web");
            assertEquals("shop/web:1-arm64", web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage(), "the arm64 variant");
            assertEquals(Map.of("kubernetes.io/arch", "arm64"), web.getSpec().getTemplate().getSpec().getNodeSelector());
            assertNull(limit(web, "nvidia.com/gpu"), "web needs no GPU, though the box has one");
            var service = k8s(edge).services().inNamespace("allstar-live").withName("web").get();
            assertEquals(8080, service.getSpec().getPorts().get(0).getPort());
            assertEquals(Map.of("org.allstar.component", "web", "org.allstar.deployment", "live"), service.getSpec().getSelector());
            assertNull(k8s(edge).apps().deployments().inNamespace("allstar-live").withName("worker").get(), "worker is on the Cloud only");

            var status = deployer.status(live);
            assertEquals(List.of("infer", "web", "worker"), status.stream().map(Deployer.Running::component).toList());
            assertEquals("0/2 ready", status.get(2).status(), "the mock runs no pods");

            String yaml = deployer.yaml(deployer.manifests(live).get(cloud));
            assertTrue(yaml.contains("kind: \"Namespace\"") || yaml.contains("kind: Namespace"), yaml);
            assertTrue(yaml.contains("nvidia.com/gpu"), yaml);
            deployer.undeploy(live, Deployer.Options.DEFAULT);
        }
    }

    @Test
    void applyingAgainConvergesReplacingExactlyWhatChangedAndRemovingWhatIsGone() throws Exception {
        try (KubernetesDeployer deployer = new KubernetesDeployer(clusters)) {
            assertTrue(deployer.apply(load(model("conv", "512 MB", 2, "", ALL)), Deployer.Options.DEFAULT).ok());
            Map<String, String> cloudBefore = versions(cloud, "conv");
            Map<String, String> edgeBefore = versions(edge, "conv");

            Deployer.Report again = deployer.apply(load(model("conv", "512 MB", 2, "", ALL)), Deployer.Options.DEFAULT);
            assertEquals(6, again.count(Kind.KEEP), again.actions().toString());
            assertEquals(6, again.actions().size(), again.actions().toString());
            assertEquals(cloudBefore, versions(cloud, "conv"), "nothing was written");
            assertEquals(edgeBefore, versions(edge, "conv"));

            Deployer.Report memory = deployer.apply(load(model("conv", "768 MB", 2, "", ALL)), Deployer.Options.DEFAULT);
            assertEquals(1, memory.count(Kind.REPLACE), memory.actions().toString());
            assertTrue(memory.actions().stream().filter(a -> a.kind() == Kind.REPLACE).allMatch(a -> a.name().contains("/worker")));
            assertEquals(new Quantity("768M"), limit(deployment(cloud, "conv", "worker"), "memory"));
            assertEquals(cloudBefore.get("deployment/infer"), versions(cloud, "conv").get("deployment/infer"), "infer untouched");
            assertEquals(edgeBefore, versions(edge, "conv"));

            Deployer.Report replicas = deployer.apply(load(model("conv", "768 MB", 3, "", ALL)), Deployer.Options.DEFAULT);
            assertEquals(1, replicas.count(Kind.REPLACE), replicas.actions().toString());
            assertEquals(3, deployment(cloud, "conv", "worker").getSpec().getReplicas());

            Deployer.Report shrunk = deployer.apply(load(model("conv", "768 MB", 3, "", "worker on Cloud.pool\n  infer on Cloud.pool")),
                    Deployer.Options.DEFAULT);
            assertTrue(shrunk.ok(), shrunk.failures().toString());
            // the deployment has nothing left on the Edge: web's Deployment, its Service and the namespace go
            assertEquals(3, shrunk.count(Kind.REMOVE), shrunk.actions().toString());
            assertEquals(3, shrunk.count(Kind.KEEP), shrunk.actions().toString());
            assertNull(deployment(edge, "conv", "web"));
            assertNull(k8s(edge).services().inNamespace("allstar-conv").withName("web").get());
            assertNull(k8s(edge).namespaces().withName("allstar-conv").get());
            assertNotNull(deployment(cloud, "conv", "worker"));

            Deployment last = load(model("conv", "768 MB", 3, "", "worker on Cloud.pool\n  infer on Cloud.pool"));
            Deployer.Report dryUndeploy = deployer.undeploy(last, new Deployer.Options(true, false, line -> { }));
            assertTrue(dryUndeploy.count(Kind.REMOVE) >= 3, dryUndeploy.actions().toString());
            assertNotNull(deployment(cloud, "conv", "worker"), "a dry run changes nothing");
            Deployer.Report gone = deployer.undeploy(last, Deployer.Options.DEFAULT);
            assertTrue(gone.ok(), gone.failures().toString());
            assertTrue(versions(cloud, "conv").isEmpty() && versions(edge, "conv").isEmpty());
            assertNull(k8s(cloud).namespaces().withName("allstar-conv").get(), "the namespace is gone too");
            assertNull(k8s(edge).namespaces().withName("allstar-conv").get());
            assertTrue(deployer.status(last).isEmpty());
        }
    }

    @Test
    void aGpuComponentOnAClusterWhoseNodesReportNoGpuIsRefusedBeforeAnythingIsCreated() throws Exception {
        try (KubernetesDeployer deployer = new KubernetesDeployer(clusters)) {
            Deployer.Report refused = deployer.apply(load(model("gpu", "512 MB", 2, "", "worker on Cloud.pool\n  infer on Edge.box")),
                    Deployer.Options.DEFAULT);
            assertFalse(refused.ok());
            assertTrue(refused.failures().get(0).contains("needs a GPU, but none of the cluster's 1 nodes reports nvidia.com/gpu capacity"),
                    refused.failures().toString());
            assertTrue(refused.actions().isEmpty());
            assertNull(k8s(cloud).namespaces().withName("allstar-gpu").get(), "nothing was created on the cluster that has GPUs either");
            assertNull(k8s(edge).namespaces().withName("allstar-gpu").get());
        }
    }

    @Test
    void aFailurePartWayRollsBackEveryClusterOrWithKeepGoingReportsWhatIsLeft() throws Exception {
        try (KubernetesDeployer deployer = new KubernetesDeployer(clusters)) {
            assertTrue(deployer.apply(load(model("rb", "512 MB", 2, "", ALL)), Deployer.Options.DEFAULT).ok());
            var workerBefore = deployment(cloud, "rb", "worker");
            Map<String, String> edgeBefore = versions(edge, "rb");
            // a new version: the worker changes (updated) and a new component's Deployment is refused by the API server
            String extra = "component extra {\n    image \"shop/extra:1\"\n    cpu 1 core\n    memory 16 MB\n  }";
            Deployment after = load(model("rb", "640 MB", 2, extra, ALL + "\n  extra on Cloud.pool"));
            refuseNextDeploymentCreate(cloud, "allstar-rb");
            Deployer.Report failed = deployer.apply(after, Deployer.Options.DEFAULT);
            assertFalse(failed.ok());
            assertTrue(failed.rolledBack());
            assertTrue(failed.failures().get(0).contains("Deployment allstar-rb/extra"), failed.failures().toString());
            assertTrue(failed.leftBehind().isEmpty(), failed.leftBehind().toString());
            var workerAfter = deployment(cloud, "rb", "worker");
            assertEquals(new Quantity("512M"), limit(workerAfter, "memory"), "the old worker is back");
            assertEquals(workerBefore.getMetadata().getLabels(), workerAfter.getMetadata().getLabels());
            assertEquals(workerBefore.getSpec(), workerAfter.getSpec());
            assertNull(deployment(cloud, "rb", "extra"));
            assertEquals(edgeBefore, versions(edge, "rb"), "the Edge was not touched");

            refuseNextDeploymentCreate(cloud, "allstar-rb");
            Deployer.Report kept = deployer.apply(after, new Deployer.Options(false, true, line -> { }));
            assertFalse(kept.ok());
            assertFalse(kept.rolledBack());
            assertTrue(kept.leftBehind().stream().anyMatch(l -> l.contains("allstar-rb/extra")), kept.leftBehind().toString());
            assertEquals(new Quantity("640M"), limit(deployment(cloud, "rb", "worker"), "memory"), "kept going: the worker changed");
            deployer.undeploy(after, Deployer.Options.DEFAULT);
        }
    }

    @Test
    void aFailureInANewDeploymentLeavesNoNamespaceBehind() throws Exception {
        try (KubernetesDeployer deployer = new KubernetesDeployer(clusters)) {
            refuseNextDeploymentCreate(cloud, "allstar-fresh");
            Deployer.Report failed = deployer.apply(load(model("fresh", "512 MB", 2, "", ALL)), Deployer.Options.DEFAULT);
            assertFalse(failed.ok());
            assertTrue(failed.rolledBack());
            assertNull(k8s(cloud).namespaces().withName("allstar-fresh").get());
            assertNull(k8s(edge).namespaces().withName("allstar-fresh").get());
            assertTrue(versions(edge, "fresh").isEmpty(), "what the Edge got was deleted");
        }
    }

    @Test
    void anUnreachableClusterIsNamedAndNothingIsCreated() throws Exception {
        String text = model("down", "512 MB", 2, "", ALL).replace(edge, "https://127.0.0.1:9/");
        try (KubernetesDeployer deployer = new KubernetesDeployer(clusters)) {
            Deployer.Report down = deployer.apply(load(text), Deployer.Options.DEFAULT);
            assertFalse(down.ok());
            assertTrue(down.failures().stream().anyMatch(f -> f.contains("the cluster https://127.0.0.1:9/ does not answer")),
                    down.failures().toString());
            assertEquals(1, down.failures().size(), "the Cloud answers: " + down.failures());
            assertNull(k8s(cloud).namespaces().withName("allstar-down").get(), "nothing was created on the cluster that answers");
        }
    }

    @Test
    void theManifestsAreYamlThatLoadsBackAsTheSameObjects() throws Exception {
        try (KubernetesDeployer deployer = new KubernetesDeployer(clusters)) {
            var manifests = deployer.manifests(load(model("yaml", "512 MB", 2, "", ALL)));
            assertEquals(List.of(edge, cloud), List.copyOf(manifests.keySet()), "in the order of the placements");
            var onCloud = manifests.get(cloud);
            String yaml = deployer.yaml(onCloud);
            assertEquals(3, yaml.lines().filter(l -> l.equals("---")).count(), yaml);
            var loaded = k8s(cloud).load(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).items();
            assertEquals(List.of("Namespace/allstar-yaml", "Deployment/worker", "Deployment/infer"),
                    loaded.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList());
            var again = new Manifests.ClusterManifests(cloud, (io.fabric8.kubernetes.api.model.Namespace) loaded.get(0),
                    loaded.subList(1, loaded.size()));
            assertEquals(yaml, deployer.yaml(again), "the same objects, written again");
            assertNull(k8s(cloud).namespaces().withName("allstar-yaml").get(), "building manifests touches no cluster");
        }
    }

    @Test
    void aClusterWhoseCertificateIsNotTrustedIsRefusedWithTheReason() throws Exception {
        // the kubeconfig way, with fabric8's default trust: the mock server's self-signed certificate is not trusted
        try (KubernetesDeployer deployer = new KubernetesDeployer(new KubeconfigClusters())) {
            Deployer.Report refused = deployer.apply(load(model("tls", "512 MB", 2, "", ALL)), Deployer.Options.DEFAULT);
            assertFalse(refused.ok());
            assertTrue(refused.failures().stream().anyMatch(f -> f.contains("the cluster " + cloud + " does not answer")
                    && f.contains("PKIX")), refused.failures().toString());
            assertNull(k8s(cloud).namespaces().withName("allstar-tls").get());
        }
    }

    /** The mock API server answers the next create of a Deployment in the namespace with 422, as a real one would for
     * an invalid object. */
    static void refuseNextDeploymentCreate(String cluster, String namespace) {
        clusters.server(cluster).expect().post().withPath("/apis/apps/v1/namespaces/" + namespace + "/deployments")
                .andReturn(422, new StatusBuilder().withStatus("Failure").withReason("Invalid").withCode(422)
                        .withMessage("Deployment is invalid (scripted)").build())
                .once();
    }
}
