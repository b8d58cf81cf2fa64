// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.Container;

/**
 * Private Docker engines on this machine, for tests and benchmarks: one dockerd per "node" on its own socket
 * and data folder, never touching the host's network (no bridge, no iptables), and images built there from
 * busybox alone (no registry). Needs root and Debian's docker.io and busybox-static.
 */
public final class LocalEngines implements AutoCloseable {
    private final Path base;
    private final Map<String, Process> daemons = new LinkedHashMap<>();
    private final DockerEngines clients = new DockerEngines();

    public LocalEngines() throws IOException {
        // short: the engine's sockets must fit in 108 bytes
        base = Files.createTempDirectory(Path.of("/tmp"), "ae");
    }

    /** Starts an engine and returns its endpoint URL. */
    public String start(String name) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(base.resolve(name));
        String socket = dir.resolve("docker.sock").toString();
        Process p = new ProcessBuilder("dockerd", "--host", "unix://" + socket, "--data-root", dir.resolve("root").toString(),
                "--exec-root", dir.resolve("exec").toString(), "--pidfile", dir.resolve("dockerd.pid").toString(),
                "--storage-driver", "overlay2", "--iptables=false", "--ip6tables=false", "--ip-forward=false",
                "--ip-masq=false", "--bridge=none").redirectErrorStream(true).redirectOutput(dir.resolve("dockerd.log").toFile())
                .start();
        daemons.put(name, p);
        String url = "unix://" + socket;
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (!p.isAlive()) throw new IOException("dockerd " + name + " stopped: " + Files.readString(dir.resolve("dockerd.log")));
            try {
                clients.client(url, false).pingCmd().exec();
                return url;
            } catch (RuntimeException e) {
                Thread.sleep(100);
            }
        }
        throw new IOException("dockerd " + name + " did not answer within 30 s");
    }

    /** docker-java's client: for this bundle and its tests only (docker-java stays inside the bundle). */
    DockerClient client(String url) {
        return clients.client(url, false);
    }

    /** Builds a busybox image on the engine, tagged with each tag; {@code command} is its CMD. */
    public void image(String url, String command, String... tags) throws IOException {
        image(url, command, Map.of(), tags);
    }

    /**
     * Builds a busybox image with extra executable files (absolute path in the image → content), tagged with each
     * tag; {@code command} is its CMD (JSON form).
     */
    public void image(String url, String command, Map<String, String> files, String... tags) throws IOException {
        Path context = Files.createTempDirectory(base, "img");
        Files.copy(Path.of("/bin/busybox"), context.resolve("busybox"));
        Path root = Files.createDirectories(context.resolve("files"));
        for (var f : files.entrySet()) {
            Path file = root.resolve(f.getKey().replaceFirst("^/+", ""));
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
            file.toFile().setExecutable(true, false);
        }
        Files.writeString(context.resolve("Dockerfile"), """
                FROM scratch
                COPY busybox /bin/busybox
                RUN ["/bin/busybox", "--install", "-s", "/bin"]
                COPY files/ /
                CMD %s
                """.formatted(command));
        client(url).buildImageCmd(context.toFile()).withTags(Set.of(tags)).exec(new BuildImageResultCallback())
                .awaitImageId(120, TimeUnit.SECONDS);
    }

    /** Runs a command inside a running container (fault injection in tests and benchmarks); waits for it. */
    public void exec(String url, String container, String... command) throws InterruptedException {
        var exec = client(url).execCreateCmd(container).withCmd(command).exec();
        client(url).execStartCmd(exec.getId()).exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<>())
                .awaitCompletion(30, TimeUnit.SECONDS);
    }

    /** Kills a container's processes, as a crash would (the container stays, exited). */
    public void kill(String url, String container) {
        client(url).killContainerCmd(container).exec();
    }

    /** Stops an engine as a failing node would (its containers stop with it); {@link #close()} still cleans up. */
    public void stop(String name) throws InterruptedException {
        Process p = daemons.get(name);
        if (p == null) throw new IllegalArgumentException("no engine " + name);
        p.destroy();
        p.waitFor(20, TimeUnit.SECONDS);
    }

    List<Container> containers(String url) {
        return client(url).listContainersCmd().withShowAll(true).exec();
    }

    @Override
    public void close() throws Exception {
        for (var e : daemons.entrySet()) {
            if (e.getValue().isAlive()) {
                String url = "unix://" + base.resolve(e.getKey()).resolve("docker.sock");
                try {
                    for (Container c : containers(url)) client(url).removeContainerCmd(c.getId()).withForce(true).exec();
                } catch (RuntimeException ignored) {
                    // the engine goes anyway
                }
                e.getValue().destroy();
                e.getValue().waitFor(20, TimeUnit.SECONDS);
            }
        }
        clients.close();
        for (String name : daemons.keySet()) {
            // the engine's network namespace stays mounted after it stops
            new ProcessBuilder("umount", base.resolve(name).resolve("exec/netns/default").toString()).start().waitFor();
        }
        new ProcessBuilder("rm", "-rf", base.toString()).start().waitFor();
    }
}
