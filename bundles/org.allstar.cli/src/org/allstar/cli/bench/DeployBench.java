// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allstar.deploy.Deployer;
import org.allstar.deploy.LocalEngines;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar bench --deploy [--containers C] [--engines E]} (root, docker.io, busybox-static): C containers
 * across E private dockerd engines started for the run: wall time of {@code Deployer.apply}, of converging the
 * unchanged deployment, and of the same containers started by the docker CLI ({@code docker run -d}, one shell
 * per engine, in parallel) in the same run, with their ratio.
 */
final class DeployBench {
    private final ModelLoader loader;
    private final PrintStream out;
    private final PrintStream err;

    DeployBench(ModelLoader loader, PrintStream out, PrintStream err) {
        this.loader = loader;
        this.out = out;
        this.err = err;
    }

    int run(int containers, int engineCount) throws Exception {
        try (LocalEngines engines = new LocalEngines(); Deployer deployer = new Deployer()) {
            List<String> urls = new ArrayList<>();
            for (int e = 0; e < engineCount; e++) {
                String url = engines.start("e" + e);
                engines.image(url, "[\"/bin/sh\", \"-c\", \"while true; do sleep 1; done\"]", "bench/app:1");
                urls.add(url);
            }
            err.println("allstar bench: " + engineCount + " dockerd engines up, image built on each");
            Deployment deployment = load(model(urls, containers));
            long t0 = System.nanoTime();
            Deployer.Report created = deployer.apply(deployment, Deployer.Options.DEFAULT);
            double deployMs = (System.nanoTime() - t0) / 1e6;
            if (!created.ok()) throw new IllegalStateException(created.failures().toString());
            t0 = System.nanoTime();
            Deployer.Report again = deployer.apply(deployment, Deployer.Options.DEFAULT);
            double convergeMs = (System.nanoTime() - t0) / 1e6;
            deployer.undeploy(deployment, Deployer.Options.DEFAULT);
            double cliMs = dockerCli(urls, containers);
            out.printf("deploy %d containers across %d engines: allstar deploy %.0f ms (%d created, 0.5 s start check included);"
                    + " docker CLI (docker run -d, one shell per engine in parallel) %.0f ms; ratio %.2f (target 1.3 or less)%n",
                    containers, engineCount, deployMs, created.count(Deployer.Kind.CREATE), cliMs, deployMs / cliMs);
            out.printf("converge of the unchanged deployment: %.0f ms (%d unchanged; target under 1 s)%n", convergeMs,
                    again.count(Deployer.Kind.KEEP));
            return 0;
        }
    }

    private Deployment load(String text) throws IOException {
        Path dir = Files.createTempDirectory("allstar-deploy-bench");
        Path file = Files.writeString(dir.resolve("bench.allstar"), text);
        try {
            return loader.load(List.of(file), CancelIndicator.NullImpl).models().get(0).getElements().stream()
                    .filter(Deployment.class::isInstance).map(Deployment.class::cast).findFirst().orElseThrow();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    static String model(List<String> urls, int containers) {
        StringBuilder b = new StringBuilder("package bench\n");
        for (int e = 0; e < urls.size(); e++) {
            b.append("provider P").append(e).append(" {\n  kind cloud\n  region \"r\"\n  endpoint docker \"").append(urls.get(e))
                    .append("\"\n  node n {\n    cpu 64 cores\n    memory 64 GB\n    arch amd64\n  }\n}\n");
        }
        b.append("application Bench {\n");
        for (int c = 0; c < containers; c++) {
            b.append("  component c").append(c).append(" {\n    image \"bench/app:1\"\n    cpu 0.1 cores\n    memory 32 MB\n  }\n");
        }
        b.append("}\ndeployment bench of Bench {\n");
        for (int c = 0; c < containers; c++) b.append("  c").append(c).append(" on P").append(c % urls.size()).append(".n\n");
        return b.append("}\n").toString();
    }

    /** The same containers by the docker CLI: one shell per engine, in parallel; then removed. */
    private static double dockerCli(List<String> urls, int containers) throws IOException, InterruptedException {
        List<Process> shells = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int e = 0; e < urls.size(); e++) {
            StringBuilder script = new StringBuilder("set -e\n");
            for (int c = e; c < containers; c += urls.size()) {
                script.append("docker -H ").append(urls.get(e)).append(" run -d -q --name cli-").append(c)
                        .append(" --network none --init --memory 32m --cpus 0.1 bench/app:1 >/dev/null\n");
            }
            shells.add(new ProcessBuilder("bash", "-c", script.toString()).inheritIO().start());
        }
        for (Process p : shells) {
            if (p.waitFor() != 0) throw new IOException("docker run failed");
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        for (String url : urls) {
            new ProcessBuilder("bash", "-c", "docker -H " + url + " rm -f $(docker -H " + url + " ps -aq) >/dev/null").start().waitFor();
        }
        return ms;
    }
}
