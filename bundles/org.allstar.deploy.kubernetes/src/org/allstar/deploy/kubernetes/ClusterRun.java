// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.allstar.deploy.DeployException;
import org.allstar.deploy.Deployer.Kind;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * The changes on one cluster, with what is needed to undo them: creations and replacements first (the
 * replaced objects kept), removals only at the commit, so that a failure part-way can be rolled back.
 */
final class ClusterRun {
    private final KubernetesClient client;
    private final String cluster;
    private final List<Step> steps;
    private final Consumer<String> progress;
    private final List<HasMetadata> created = new ArrayList<>();
    private final Map<HasMetadata, HasMetadata> replaced = new LinkedHashMap<>(); // the old object -> the new one
    private final List<Step> done = new ArrayList<>();

    ClusterRun(KubernetesClient client, String cluster, List<Step> steps, Consumer<String> progress) {
        this.client = client;
        this.cluster = cluster;
        this.steps = steps;
        this.progress = progress;
    }

    /** Creates and replaces; the first failure ends the run with a message naming the cluster and the object. */
    void change() {
        for (Step s : steps) {
            try {
                switch (s.kind()) {
                    case CREATE -> created.add(client.resource(s.wanted()).create());
                    case REPLACE -> {
                        // optimistic locking: fails if someone changed the object since it was read
                        s.wanted().getMetadata().setResourceVersion(s.existing().getMetadata().getResourceVersion());
                        replaced.put(s.existing(), client.resource(s.wanted()).update());
                    }
                    case REMOVE, KEEP -> { }
                }
                if (s.kind() != Kind.REMOVE) done.add(s);
                if (s.kind() == Kind.CREATE || s.kind() == Kind.REPLACE) progress.accept(s.action().describe() + ": done");
            } catch (RuntimeException e) {
                throw new DeployException(cluster + ": " + s.action().describe() + " failed: " + KubernetesDeployer.causes(e), e);
            }
        }
    }

    /** Deletes what this run created (the namespace last) and puts the replaced objects back. */
    List<String> rollBack() {
        List<String> problems = new ArrayList<>();
        for (int i = created.size() - 1; i >= 0; i--) {
            HasMetadata o = created.get(i);
            try {
                client.resource(o).delete();
            } catch (RuntimeException e) {
                problems.add(cluster + ": could not delete new " + o.getKind() + " " + o.getMetadata().getName() + " (" + e.getMessage() + ")");
            }
        }
        for (var old : replaced.entrySet()) {
            HasMetadata o = old.getKey();
            try {
                HasMetadata now = client.resource(o).get();
                o.getMetadata().setResourceVersion(now == null ? null : now.getMetadata().getResourceVersion());
                if (now == null) client.resource(o).create(); else client.resource(o).update();
            } catch (RuntimeException e) {
                problems.add(cluster + ": could not restore " + o.getKind() + " " + o.getMetadata().getName() + " (" + e.getMessage() + ")");
            }
        }
        if (!created.isEmpty() || !replaced.isEmpty()) progress.accept(cluster + ": rolled back");
        return problems;
    }

    /** Deletes what the deployment no longer has (a namespace after what is in it). */
    List<String> commit() {
        List<String> problems = new ArrayList<>();
        List<Step> removals = new ArrayList<>(steps.stream().filter(s -> s.kind() == Kind.REMOVE).toList());
        removals.sort((a, b) -> Boolean.compare(a.existing().getMetadata().getNamespace() == null,
                b.existing().getMetadata().getNamespace() == null));
        for (Step s : removals) {
            try {
                client.resource(s.existing()).delete();
                done.add(s);
                progress.accept(s.action().describe() + ": done");
            } catch (RuntimeException e) {
                problems.add(cluster + ": could not delete " + s.name() + " (" + e.getMessage() + ")");
            }
        }
        return problems;
    }

    List<String> notDone() {
        return steps.stream().filter(s -> !done.contains(s)).map(s -> s.action().describe() + " (not done)").toList();
    }
}
