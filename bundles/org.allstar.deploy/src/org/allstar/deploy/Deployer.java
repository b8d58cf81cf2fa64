// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.allstar.model.Deployment;
import org.allstar.model.Endpoint;
import org.allstar.model.EndpointKind;
import org.allstar.model.Provider;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.DeviceRequest;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Info;

/**
 * Applies a deployment to its docker engines declaratively: every container it asks for runs, with labels that
 * name the deployment, component, replica, node and spec; applying again converges (creates what is missing,
 * replaces what changed or stopped, removes what the deployment no longer has, keeps the rest). All engines
 * are checked first (reachable, images present, GPU and isolation runtimes) so that a deployment that cannot
 * run fails before anything is started. Engines are worked on in parallel. A failure part-way rolls back every
 * engine to where it was (new containers removed, replaced ones restored); with keep-going the failures are
 * reported with what is left instead. Every container this creates carries the labels, so none is orphaned.
 */
public final class Deployer implements AutoCloseable {
    public enum Kind { CREATE, REPLACE, REMOVE, KEEP }

    /** One step of converging: on which engine, for which spec (null for REMOVE), which existing container. */
    public record Action(Kind kind, String engine, ContainerSpec spec, String container, String name) {
        public String describe() {
            return kind.name().toLowerCase() + " " + (spec != null ? spec.describe() : name) + " [" + engine + "]";
        }
    }

    /** What an apply did (or, dry, would do); failures with the engine; whether it rolled back; what is left. */
    public record Report(List<Action> actions, List<String> failures, boolean rolledBack, List<String> leftBehind) {
        public boolean ok() {
            return failures.isEmpty();
        }

        public long count(Kind kind) {
            return actions.stream().filter(a -> a.kind() == kind).count();
        }
    }

    /** A container of a deployment as an engine has it. */
    public record Running(String engine, String name, String component, int replica, String node, String state,
            String status, String spec) {
    }

    public record Options(boolean dryRun, boolean keepGoing, Consumer<String> progress) {
        public static final Options DEFAULT = new Options(false, false, line -> { });
    }

    private final DockerEngines engines;

    /** Engines reached with TLS certificates from the environment (the command line's way, see {@link DockerEngines}). */
    public Deployer() {
        this.engines = new DockerEngines();
    }

    /** Engines reached with the TLS client certificates in {@code certificates} (the studio's preference). */
    public Deployer(java.nio.file.Path certificates) {
        this.engines = new DockerEngines(certificates);
    }

    public Report apply(Deployment deployment, Options options) {
        Map<String, Boolean> tls = endpoints(deployment);
        Map<String, List<ContainerSpec>> wanted = Composer.compose(deployment);
        for (String engine : wanted.keySet()) tls.putIfAbsent(engine, false);
        List<String> problems = parallel(tls.keySet(), engine -> preflight(engine, tls.get(engine),
                wanted.getOrDefault(engine, List.of())));
        if (!problems.isEmpty()) return new Report(List.of(), problems, false, List.of());
        List<Action> actions = new ArrayList<>();
        for (String engine : tls.keySet()) {
            actions.addAll(diff(engine, tls.get(engine), deployment.getName(), wanted.getOrDefault(engine, List.of())));
        }
        if (options.dryRun()) return new Report(actions, List.of(), false, List.of());
        return execute(actions, tls, options);
    }

    /** The containers of this deployment on every engine of the model. */
    public List<Running> status(Deployment deployment) {
        List<Running> result = Collections.synchronizedList(new ArrayList<>());
        Map<String, Boolean> tls = endpoints(deployment);
        List<String> problems = parallel(tls.keySet(), engine -> {
            for (Container c : labelled(engine, tls.get(engine), deployment.getName())) {
                Map<String, String> l = c.getLabels();
                result.add(new Running(engine, c.getNames()[0].replaceFirst("^/", ""), l.get(ContainerSpec.LABEL_COMPONENT),
                        Integer.parseInt(l.getOrDefault(ContainerSpec.LABEL_REPLICA, "0")), l.get(ContainerSpec.LABEL_NODE),
                        c.getState(), c.getStatus(), l.get(ContainerSpec.LABEL_SPEC)));
            }
            return null;
        });
        if (!problems.isEmpty()) throw new DeployException(String.join("; ", problems));
        result.sort(java.util.Comparator.comparing(Running::component).thenComparingInt(Running::replica));
        return result;
    }

    /** Removes every container of the deployment from every engine of the model. */
    public Report undeploy(Deployment deployment, Options options) {
        Map<String, Boolean> tls = endpoints(deployment);
        List<Action> actions = new ArrayList<>();
        List<String> unreachable = parallel(tls.keySet(), engine -> {
            engines.client(engine, tls.get(engine)).pingCmd().exec();
            return null;
        });
        if (!unreachable.isEmpty()) return new Report(List.of(), unreachable, false, List.of());
        for (String engine : tls.keySet()) actions.addAll(diff(engine, tls.get(engine), deployment.getName(), List.of()));
        if (options.dryRun()) return new Report(actions, List.of(), false, List.of());
        return execute(actions, tls, options);
    }

    private List<String> preflight(String engine, boolean tls, List<ContainerSpec> specs) {
        DockerClient docker = engines.client(engine, tls);
        Info info;
        try {
            docker.pingCmd().exec();
            info = docker.infoCmd().exec();
        } catch (RuntimeException e) {
            throw new DeployException("the engine " + engine + " does not answer (" + e.getMessage()
                    + "); start it, or check the provider's docker endpoint", e);
        }
        List<String> problems = new ArrayList<>();
        Set<String> runtimes = info.getRuntimes() == null ? Set.of() : info.getRuntimes().keySet();
        for (ContainerSpec s : specs) {
            if (s.gpu() && !runtimes.contains("nvidia")) {
                problems.add(engine + ": " + s.describe() + " needs a GPU, but the engine has no nvidia runtime (runtimes: "
                        + new TreeSet<>(runtimes) + "); install the NVIDIA container toolkit there or place it elsewhere");
            }
            if (s.isolation().equals("vm") && !runtimes.contains("kata-runtime") && !runtimes.contains("runsc")) {
                problems.add(engine + ": " + s.describe() + " asks for vm isolation, but the engine has no kata-runtime or runsc");
            }
            if (s.isolation().equals("enclave")) {
                problems.add(engine + ": " + s.describe() + " asks for enclave isolation, which plain containers cannot give");
            }
        }
        for (String image : new TreeSet<>(specs.stream().map(ContainerSpec::image).toList())) {
            try {
                docker.inspectImageCmd(image).exec();
            } catch (NotFoundException e) {
                problems.add(engine + ": image " + image + " is not there; build or load it on that engine (no registry is used)");
            }
        }
        return problems;
    }

    private List<Action> diff(String engine, boolean tls, String deployment, List<ContainerSpec> specs) {
        Map<String, Container> existing = new LinkedHashMap<>();
        for (Container c : labelled(engine, tls, deployment)) {
            // a container set aside by an earlier, failed commit (name-old-ID) matches no spec and is removed
            existing.put(c.getNames()[0].replaceFirst("^/", ""), c);
        }
        List<Action> actions = new ArrayList<>();
        for (ContainerSpec s : specs) {
            Container c = existing.remove(s.name());
            if (c == null) {
                actions.add(new Action(Kind.CREATE, engine, s, null, s.name()));
            } else if (s.hash().equals(c.getLabels().get(ContainerSpec.LABEL_SPEC)) && "running".equals(c.getState())) {
                actions.add(new Action(Kind.KEEP, engine, s, c.getId(), s.name()));
            } else {
                actions.add(new Action(Kind.REPLACE, engine, s, c.getId(), s.name()));
            }
        }
        for (var left : existing.entrySet()) actions.add(new Action(Kind.REMOVE, engine, null, left.getValue().getId(), left.getKey()));
        return actions;
    }

    private List<Container> labelled(String engine, boolean tls, String deployment) {
        return engines.client(engine, tls).listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(ContainerSpec.LABEL_DEPLOYMENT, deployment)).exec();
    }

    /** Per engine: changes first (creates, replacements; the old ones set aside), removals at the commit. */
    private Report execute(List<Action> actions, Map<String, Boolean> tls, Options options) {
        Map<String, List<Action>> byEngine = new LinkedHashMap<>();
        for (Action a : actions) byEngine.computeIfAbsent(a.engine(), e -> new ArrayList<>()).add(a);
        Map<String, EngineRun> runs = new LinkedHashMap<>();
        byEngine.forEach((engine, list) -> runs.put(engine, new EngineRun(engines.client(engine, tls.get(engine)), engine,
                list, options.progress())));
        List<String> failures = parallel(runs.keySet(), engine -> runs.get(engine).change());
        if (!failures.isEmpty() && !options.keepGoing()) {
            List<String> undo = parallel(runs.keySet(), engine -> runs.get(engine).rollBack());
            List<String> all = new ArrayList<>(failures);
            all.addAll(undo);
            return new Report(actions, all, true, undo.isEmpty() ? List.of() : undo);
        }
        failures = new ArrayList<>(failures);
        failures.addAll(parallel(runs.keySet(), engine -> runs.get(engine).commit()));
        List<String> left = new ArrayList<>();
        runs.values().forEach(r -> left.addAll(r.notDone()));
        return new Report(actions, failures, false, left);
    }

    private interface EngineWork {
        Object run(String engine);
    }

    /** Runs the work on each engine in its own thread; returns the failures, each naming its engine. */
    private static List<String> parallel(Set<String> engines, EngineWork work) {
        if (engines.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(engines.size());
        try {
            Map<String, Future<Object>> futures = new LinkedHashMap<>();
            for (String engine : engines) futures.put(engine, pool.submit(() -> work.run(engine)));
            List<String> failures = new ArrayList<>();
            for (var f : futures.entrySet()) {
                try {
                    Object result = f.getValue().get();
                    if (result instanceof List<?> list) list.forEach(p -> failures.add(p.toString()));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    failures.add(cause instanceof DeployException ? cause.getMessage() : f.getKey() + ": " + cause.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add(f.getKey() + ": interrupted");
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, Boolean> endpoints(Deployment deployment) {
        Map<String, Boolean> tls = new LinkedHashMap<>();
        Resource resource = deployment.eResource();
        if (resource == null) return tls;
        var sets = resource.getResourceSet() == null ? List.of(resource) : resource.getResourceSet().getResources();
        for (Resource r : sets) {
            for (TreeIterator<EObject> it = r.getAllContents(); it.hasNext();) {
                if (it.next() instanceof Provider p) {
                    for (Endpoint e : p.getEndpoints()) {
                        if (e.getKind() == EndpointKind.DOCKER) tls.put(e.getUrl(), e.isTls());
                    }
                }
            }
        }
        return tls;
    }

    /** The changes on one engine, with what is needed to undo them. */
    private static final class EngineRun {
        private final DockerClient docker;
        private final String engine;
        private final List<Action> actions;
        private final Consumer<String> progress;
        private final List<String> created = new ArrayList<>();
        private final Map<String, String> setAside = new LinkedHashMap<>(); // old container id -> its name
        private final List<Action> done = new ArrayList<>();

        EngineRun(DockerClient docker, String engine, List<Action> actions, Consumer<String> progress) {
            this.docker = docker;
            this.engine = engine;
            this.actions = actions;
            this.progress = progress;
        }

        /** How long a new container must keep running to count as started (a program that is missing or crashes
         * at once exits within it; the init process makes start itself succeed). */
        private static final long SETTLE_MILLIS = 500;

        Object change() {
            for (Action a : actions) {
                try {
                    switch (a.kind()) {
                        case CREATE -> start(a.spec());
                        case REPLACE -> {
                            setAside.put(a.container(), a.name()); // from here on, a rollback restarts it
                            if (Boolean.TRUE.equals(docker.inspectContainerCmd(a.container()).exec().getState().getRunning())) {
                                docker.stopContainerCmd(a.container()).withTimeout(5).exec();
                            }
                            docker.renameContainerCmd(a.container()).withName(a.name() + "-old-" + a.container().substring(0, 12)).exec();
                            start(a.spec());
                        }
                        case REMOVE, KEEP -> { }
                    }
                    if (a.kind() != Kind.REMOVE) done.add(a);
                    if (a.kind() != Kind.KEEP && a.kind() != Kind.REMOVE) progress.accept(a.describe() + ": done");
                } catch (RuntimeException e) {
                    throw new DeployException(engine + ": " + a.describe() + " failed: " + e.getMessage(), e);
                }
            }
            if (!created.isEmpty()) settle();
            return null;
        }

        private void settle() {
            try {
                Thread.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (Action a : actions) {
                if (a.kind() != Kind.CREATE && a.kind() != Kind.REPLACE) continue;
                var state = docker.inspectContainerCmd(a.name()).exec().getState();
                if (!Boolean.TRUE.equals(state.getRunning())) {
                    done.remove(a);
                    throw new DeployException(engine + ": " + a.describe() + " stopped right after it started (exit code "
                            + state.getExitCodeLong() + (state.getError() == null || state.getError().isEmpty() ? "" : ", " + state.getError())
                            + "); see `docker logs " + a.name() + "` on that engine");
                }
            }
        }

        private void start(ContainerSpec s) {
            HostConfig host = HostConfig.newHostConfig().withNetworkMode(s.ports().isEmpty() ? "none" : "host").withInit(true);
            if (s.memoryBytes() > 0) host.withMemory(s.memoryBytes());
            if (s.nanoCpus() > 0) host.withNanoCPUs(s.nanoCpus());
            if (s.gpu()) {
                host.withDeviceRequests(List.of(new DeviceRequest().withDriver("nvidia").withCount(-1)
                        .withCapabilities(List.of(List.of("gpu")))));
            }
            List<String> env = s.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
            String id = docker.createContainerCmd(s.image()).withName(s.name()).withLabels(s.labels()).withEnv(env)
                    .withHostConfig(host).exec().getId();
            created.add(id);
            docker.startContainerCmd(id).exec();
        }

        /** Removes what this run created and puts the set-aside containers back under their names, started. */
        List<String> rollBack() {
            List<String> problems = new ArrayList<>();
            for (String id : created) {
                try {
                    docker.removeContainerCmd(id).withForce(true).exec();
                } catch (RuntimeException e) {
                    problems.add(engine + ": could not remove new container " + id + " (" + e.getMessage() + ")");
                }
            }
            for (var old : setAside.entrySet()) {
                try {
                    var info = docker.inspectContainerCmd(old.getKey()).exec();
                    if (!info.getName().equals("/" + old.getValue())) docker.renameContainerCmd(old.getKey()).withName(old.getValue()).exec();
                    if (!Boolean.TRUE.equals(info.getState().getRunning())) docker.startContainerCmd(old.getKey()).exec();
                } catch (RuntimeException e) {
                    problems.add(engine + ": could not restore " + old.getValue() + " (" + e.getMessage() + ")");
                }
            }
            if (!created.isEmpty() || !setAside.isEmpty()) progress.accept(engine + ": rolled back");
            return problems;
        }

        /** Removes the replaced and the no longer wanted containers. */
        List<String> commit() {
            List<String> problems = new ArrayList<>();
            List<String> remove = new ArrayList<>(setAside.keySet());
            for (Action a : actions) if (a.kind() == Kind.REMOVE) remove.add(a.container());
            for (String id : remove) {
                try {
                    docker.removeContainerCmd(id).withForce(true).exec();
                } catch (NotFoundException e) {
                    // already gone
                } catch (RuntimeException e) {
                    problems.add(engine + ": could not remove " + id + " (" + e.getMessage() + ")");
                }
            }
            for (Action a : actions) {
                if (a.kind() == Kind.REMOVE) {
                    done.add(a);
                    progress.accept(a.describe() + ": done");
                }
            }
            return problems;
        }

        List<String> notDone() {
            return actions.stream().filter(a -> !done.contains(a)).map(a -> a.describe() + " (not done)").toList();
        }
    }

    @Override
    public void close() {
        engines.close();
    }
}
