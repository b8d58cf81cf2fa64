// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allstar.lang.AllstarMlStandaloneSetup;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.dockerjava.api.model.Container;

/**
 * A deployment applied to two real dockerd engines (a Cloud VM and an Edge box): created, converged, changed,
 * healed, shrunk, rolled back after a failure part-way, refused before anything starts when it cannot run.
 */
class DeployerTest {
    @TempDir
    static Path folder;
    static LocalEngines engines;
    static String cloud;
    static String edge;
    static ModelLoader loader;

    @BeforeAll
    static void start() throws Exception {
        engines = new LocalEngines();
        cloud = engines.start("cloud");
        edge = engines.start("edge");
        String loop = "[\"/bin/sh\", \"-c\", \"while true; do sleep 1; done\"]";
        engines.image(cloud, loop, "shop/worker:1", "shop/web:1");
        engines.image(edge, loop, "shop/web:1-arm64");
        engines.image(cloud, "[\"/no/such/program\"]", "shop/broken:1");
        loader = AllstarMlStandaloneSetup.doSetup().getInstance(ModelLoader.class);
    }

    @AfterAll
    static void stop() throws Exception {
        engines.close();
    }

    static String model(String deployment, String workerMemory, String extraComponent, String extraPlacement) {
        return """
                package deploytest
                provider CloudVm {
                  kind cloud
                  region "eu-central-1"
                  endpoint docker "%s"
                  node vm {
                    cpu 4 cores
                    memory 8 GB
                    arch amd64
                  }
                }
                provider EdgeBox {
                  kind edge
                  region "pt-north"
                  endpoint docker "%s"
                  node box {
                    cpu 2 cores
                    memory 2 GB
                    arch arm64
                  }
                }
                application Shop {
                  component web {
                    image "shop/web:1"
                    variant arm64 "shop/web:1-arm64"
                    cpu 1 core
                    memory 64 MB
                  }
                  component worker {
                    image "shop/worker:1"
                    cpu 1 core
                    memory %s
                    replicas 2
                  }
                  %s
                }
                deployment %s of Shop {
                  web on EdgeBox.box
                  %s
                }
                """.formatted(cloud, edge, workerMemory, extraComponent, deployment, extraPlacement);
    }

    static Deployment load(String text) throws Exception {
        Path file = Files.writeString(Files.createTempFile(folder, "model", ".allstar"), text);
        return loader.load(List.of(file), CancelIndicator.NullImpl).models().get(0).getElements().stream()
                .filter(Deployment.class::isInstance).map(Deployment.class::cast).findFirst().orElseThrow();
    }

    static Map<String, String> ids(String engine, String deployment) {
        return engines.containers(engine).stream()
                .filter(c -> deployment.equals(c.getLabels().get(ContainerSpec.LABEL_DEPLOYMENT)))
                .collect(Collectors.toMap(c -> c.getNames()[0].substring(1), Container::getId));
    }

    @Test
    void aDeploymentIsCreatedConvergedChangedHealedAndShrunk() throws Exception {
        List<String> progress = new ArrayList<>();
        Deployer.Options options = new Deployer.Options(false, false, progress::add);
        try (Deployer deployer = new Deployer()) {
            Deployment first = load(model("live", "32 MB", "", "worker on CloudVm.vm"));
            Deployer.Report dry = deployer.apply(first, new Deployer.Options(true, false, line -> { }));
            assertEquals(3, dry.count(Deployer.Kind.CREATE), dry.toString());
            assertTrue(ids(cloud, "live").isEmpty() && ids(edge, "live").isEmpty(), "a dry run changes nothing");

            Deployer.Report created = deployer.apply(first, options);
            assertTrue(created.ok(), created.failures().toString());
            assertEquals(3, created.count(Deployer.Kind.CREATE));
            assertEquals(3, progress.size(), progress.toString());
            Map<String, String> cloudIds = ids(cloud, "live");
            Map<String, String> edgeIds = ids(edge, "live");
            assertEquals(List.of("allstar-live-worker-0", "allstar-live-worker-1"), cloudIds.keySet().stream().sorted().toList());
            assertEquals(List.of("allstar-live-web-0"), List.copyOf(edgeIds.keySet()));
            var web = engines.client(edge).inspectContainerCmd(edgeIds.get("allstar-live-web-0")).exec();
            assertEquals("shop/web:1-arm64", web.getConfig().getImage(), "the variant for the Edge box's architecture");
            assertEquals(64_000_000L, web.getHostConfig().getMemory(), "64 MB");
            assertEquals(1_000_000_000L, web.getHostConfig().getNanoCPUs());
            assertTrue(List.of(web.getConfig().getEnv()).contains("ALLSTAR_COMPONENT=web"));
            assertEquals(3, deployer.status(first).stream().filter(r -> r.state().equals("running")).count());

            long start = System.nanoTime();
            Deployer.Report again = deployer.apply(first, options);
            System.out.printf("converge of an unchanged deployment: %.0f ms%n", (System.nanoTime() - start) / 1e6);
            assertEquals(3, again.count(Deployer.Kind.KEEP), again.toString());
            assertEquals(cloudIds, ids(cloud, "live"));
            assertEquals(edgeIds, ids(edge, "live"));

            Deployer.Report changed = deployer.apply(load(model("live", "48 MB", "", "worker on CloudVm.vm")), options);
            assertEquals(2, changed.count(Deployer.Kind.REPLACE), changed.toString());
            assertEquals(1, changed.count(Deployer.Kind.KEEP));
            assertEquals(edgeIds, ids(edge, "live"), "web did not change");
            assertFalse(ids(cloud, "live").values().stream().anyMatch(cloudIds::containsValue), "the workers are new");
            assertEquals(2, ids(cloud, "live").size(), "the replaced ones are gone");

            engines.client(edge).removeContainerCmd(edgeIds.get("allstar-live-web-0")).withForce(true).exec();
            Deployer.Report healed = deployer.apply(load(model("live", "48 MB", "", "worker on CloudVm.vm")), options);
            assertEquals(1, healed.count(Deployer.Kind.CREATE), healed.toString());
            assertEquals(1, ids(edge, "live").size());

            // a container that stopped (crashed) is replaced by a running one
            String worker = ids(cloud, "live").get("allstar-live-worker-0");
            engines.client(cloud).stopContainerCmd(worker).withTimeout(2).exec();
            Deployer.Report restarted = deployer.apply(load(model("live", "48 MB", "", "worker on CloudVm.vm")), options);
            assertTrue(restarted.ok(), restarted.failures().toString());
            assertEquals(1, restarted.count(Deployer.Kind.REPLACE), restarted.toString());
            assertTrue(deployer.status(first).stream().allMatch(r -> r.state().equals("running")));

            Deployment shrunk = load(model("live", "48 MB", "", ""));
            Deployer.Report removed = deployer.apply(shrunk, options);
            assertEquals(2, removed.count(Deployer.Kind.REMOVE), removed.toString());
            assertTrue(ids(cloud, "live").isEmpty());

            Deployer.Report gone = deployer.undeploy(shrunk, options);
            assertEquals(1, gone.count(Deployer.Kind.REMOVE));
            assertTrue(ids(edge, "live").isEmpty());
        }
    }

    @Test
    void aFailurePartWayRollsBackEveryEngine() throws Exception {
        try (Deployer deployer = new Deployer()) {
            Deployment before = load(model("rb", "32 MB", "", "worker on CloudVm.vm"));
            assertTrue(deployer.apply(before, Deployer.Options.DEFAULT).ok());
            Map<String, String> cloudIds = ids(cloud, "rb");
            Map<String, String> edgeIds = ids(edge, "rb");
            // a new version: the workers change (replaced) and a component whose program is missing cannot start
            String broken = "component broken {\n    image \"shop/broken:1\"\n    cpu 1 core\n    memory 16 MB\n  }";
            Deployment after = load(model("rb", "40 MB", broken, "worker on CloudVm.vm\n  broken on CloudVm.vm"));
            Deployer.Report failed = deployer.apply(after, Deployer.Options.DEFAULT);
            assertFalse(failed.ok());
            assertTrue(failed.rolledBack());
            assertTrue(failed.failures().get(0).contains("broken#0"), failed.failures().toString());
            assertEquals(cloudIds, ids(cloud, "rb"), "the old workers are back, under their names");
            assertEquals(edgeIds, ids(edge, "rb"));
            assertTrue(engines.containers(cloud).stream().allMatch(c -> c.getLabels().containsKey(ContainerSpec.LABEL_DEPLOYMENT)),
                    "no unlabelled container");
            assertTrue(deployer.status(before).stream().allMatch(r -> r.state().equals("running")), deployer.status(before).toString());

            Deployer.Report kept = deployer.apply(after, new Deployer.Options(false, true, line -> { }));
            assertFalse(kept.ok());
            assertFalse(kept.rolledBack());
            assertTrue(kept.leftBehind().stream().anyMatch(l -> l.contains("broken#0")), kept.leftBehind().toString());
            deployer.undeploy(before, Deployer.Options.DEFAULT);
            assertTrue(ids(cloud, "rb").isEmpty() && ids(edge, "rb").isEmpty());
        }
    }

    @Test
    void aGpuComponentOnAnEngineWithoutGpuRuntimeIsRefusedBeforeAnythingStarts() throws Exception {
        String text = model("gpu", "32 MB", "component infer {\n    image \"shop/worker:1\"\n    cpu 1 core\n    memory 16 MB\n"
                + "    accelerator gpu required\n  }", "worker on CloudVm.vm\n  infer on CloudVm.vm")
                .replace("    arch amd64\n", "    arch amd64\n    accelerator gpu nvidia \"T4\" count 1 memory 16 GB\n");
        try (Deployer deployer = new Deployer()) {
            Deployer.Report refused = deployer.apply(load(text), Deployer.Options.DEFAULT);
            assertFalse(refused.ok());
            assertTrue(refused.failures().get(0).contains("needs a GPU, but the engine has no nvidia runtime"), refused.failures().toString());
            assertTrue(refused.actions().isEmpty());
            assertTrue(ids(cloud, "gpu").isEmpty() && ids(edge, "gpu").isEmpty(), "nothing was started");
        }
    }

    @Test
    void aMissingImageOrAStoppedEngineIsNamed() throws Exception {
        try (Deployer deployer = new Deployer()) {
            String text = model("img", "32 MB", "", "worker on CloudVm.vm").replace("shop/worker:1", "shop/worker:2");
            Deployer.Report missing = deployer.apply(load(text), Deployer.Options.DEFAULT);
            assertTrue(missing.failures().stream().anyMatch(f -> f.contains("image shop/worker:2 is not there")), missing.failures().toString());
            assertTrue(ids(edge, "img").isEmpty(), "nothing started on the healthy engine either");

            String gone = model("down", "32 MB", "", "worker on CloudVm.vm").replace(cloud, cloud.replace("docker.sock", "stopped.sock"));
            Deployer.Report down = deployer.apply(load(gone), Deployer.Options.DEFAULT);
            assertTrue(down.failures().stream().anyMatch(f -> f.contains("stopped.sock does not answer")), down.failures().toString());
            assertTrue(ids(edge, "down").isEmpty(), "nothing started on the engine that answers");
        }
    }
}
