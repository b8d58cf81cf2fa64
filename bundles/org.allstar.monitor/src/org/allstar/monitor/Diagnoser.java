// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Flow;
import org.allstar.model.Model;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.allstar.verify.whatif.ControlAction;
import org.allstar.verify.whatif.WhatIf;
import org.allstar.verify.whatif.WhatIfReport;
import org.eclipse.emf.ecore.EObject;

/**
 * Relates anomalies to the model and names the likely cause, most general first: a node whose engine does not
 * answer explains everything on it; several components misbehaving on one node point at the node; a component
 * whose upstream (the source of a flow into it) misbehaved first suffers from it; what is left is the component
 * itself. Each cause gets a remedy (a migration to another node, a drain, more replicas, or re-applying the
 * deployment), and every proposed control action is run through the validator ({@link WhatIf}) first: among
 * candidate nodes the first whose migration is SAFE is proposed. Not related yet: anomalies that share a
 * network link (nothing measures links).
 */
public final class Diagnoser {
    private static final int MAX_CANDIDATES = 12;

    private final WhatIf whatIf;

    public Diagnoser(WhatIf whatIf) {
        this.whatIf = whatIf;
    }

    public List<Diagnosis> diagnose(Collection<Model> models, Deployment deployment, List<Anomaly> anomalies) {
        List<Diagnosis> result = new ArrayList<>();
        Set<Anomaly> explained = new LinkedHashSet<>();
        Map<String, List<Anomaly>> byNode = new LinkedHashMap<>();
        for (Anomaly a : anomalies) if (!a.key().isDeployment()) byNode.computeIfAbsent(a.key().node(), n -> new ArrayList<>()).add(a);
        for (var e : byNode.entrySet()) {
            List<Anomaly> engine = e.getValue().stream().filter(a -> a.key().isEngine()).toList();
            if (engine.isEmpty()) continue;
            explained.addAll(e.getValue());
            result.add(nodeDown(models, deployment, e.getKey(), e.getValue()));
        }
        for (var e : byNode.entrySet()) {
            List<Anomaly> open = e.getValue().stream().filter(a -> !explained.contains(a)).toList();
            Set<String> components = new LinkedHashSet<>(open.stream().map(a -> a.key().component()).toList());
            if (components.size() < 2) continue;
            explained.addAll(open);
            result.add(nodeTrouble(models, deployment, e.getKey(), open, components));
        }
        Map<String, List<Anomaly>> byComponent = new LinkedHashMap<>();
        for (Anomaly a : anomalies) {
            if (!explained.contains(a) && !a.key().isDeployment()) byComponent.computeIfAbsent(a.key().component(), c -> new ArrayList<>()).add(a);
        }
        for (var e : byComponent.entrySet()) {
            String upstream = upstreamFirst(deployment, e.getKey(), e.getValue(), byComponent);
            if (upstream != null) {
                result.add(new Diagnosis(e.getKey() + " suffers from its upstream " + upstream + ", which misbehaved first",
                        e.getValue(), "see the diagnosis of " + upstream, List.of(), null));
            }
        }
        for (var e : byComponent.entrySet()) {
            if (upstreamFirst(deployment, e.getKey(), e.getValue(), byComponent) == null) {
                result.add(component(models, deployment, e.getKey(), e.getValue()));
            }
        }
        return result;
    }

    /** Drain the node, then move each of its components to the first node that keeps the deployment serving. */
    private Diagnosis nodeDown(Collection<Model> models, Deployment deployment, String node, List<Anomaly> seen) {
        List<String> on = componentsOn(deployment, node);
        List<ControlAction> actions = new ArrayList<>(List.of(new ControlAction.Drain(node)));
        WhatIfReport check = check(models, deployment, actions);
        for (String component : on) {
            for (String candidate : candidates(models, deployment, component, Set.of(node))) {
                List<ControlAction> attempt = new ArrayList<>(actions);
                attempt.add(new ControlAction.Migrate(component, candidate));
                WhatIfReport result = check(models, deployment, attempt);
                if (result != null && !result.harmful()) {
                    actions = attempt;
                    check = result;
                    break;
                }
            }
        }
        String cause = "node " + node + ": its engine does not answer, so " + String.join(", ", on) + " cannot run there";
        if (actions.size() == 1) {
            return new Diagnosis(cause, seen, "restart the engine of " + node + " (no node elsewhere can safely take its components)",
                    List.of(), null);
        }
        return new Diagnosis(cause, seen, String.join(", then ", actions.stream().map(ControlAction::describe).toList()), actions, check);
    }

    private Diagnosis nodeTrouble(Collection<Model> models, Deployment deployment, String node, List<Anomaly> seen, Set<String> components) {
        String worst = seen.stream().max(Comparator.comparingDouble(Anomaly::score)).map(a -> a.key().component()).orElseThrow();
        String cause = "node " + node + " is overloaded or failing: " + String.join(", ", components) + " misbehave there together";
        return migrate(models, deployment, worst, node, seen, cause);
    }

    private Diagnosis component(Collection<Model> models, Deployment deployment, String component, List<Anomaly> seen) {
        Set<Metric> metrics = new LinkedHashSet<>(seen.stream().map(a -> a.key().metric()).toList());
        String node = seen.stream().max(Comparator.comparingDouble(Anomaly::score)).orElseThrow().key().node();
        String what = String.join(", ", metrics.stream().map(Metric::label).toList());
        if (metrics.contains(Metric.UP) || metrics.contains(Metric.RESTARTS) || metrics.contains(Metric.HEALTH)) {
            boolean stopped = metrics.contains(Metric.UP) || metrics.contains(Metric.RESTARTS);
            return new Diagnosis(component + " itself: " + (stopped ? "it stopped or restarted" : "it fails its health check")
                    + " (" + what + ")", seen,
                    "allstar deploy " + deployment.getName() + " (converging replaces a stopped container); look at its logs", List.of(), null);
        }
        int replicas = Math.max(1, componentOf(deployment, component).map(Component::getReplicas).orElse(1));
        String cause = component + " itself on " + node + ": " + what + " out of its usual range";
        if (!scalable(deployment, component, replicas + 1)) return migrate(models, deployment, component, node, seen, cause);
        List<ControlAction> scale = List.of(new ControlAction.Scale(component, replicas + 1));
        WhatIfReport check = check(models, deployment, scale);
        if (check != null && !check.harmful()) {
            return new Diagnosis(cause, seen, "scale " + component + " to " + (replicas + 1) + " replicas", scale, check);
        }
        return migrate(models, deployment, component, node, seen, cause);
    }

    private Diagnosis migrate(Collection<Model> models, Deployment deployment, String component, String from, List<Anomaly> seen, String cause) {
        WhatIfReport last = null;
        List<ControlAction> lastActions = List.of();
        for (String candidate : candidates(models, deployment, component, Set.of(from))) {
            List<ControlAction> actions = List.of(new ControlAction.Migrate(component, candidate));
            WhatIfReport check = check(models, deployment, actions);
            if (check == null) continue;
            if (!check.harmful()) return new Diagnosis(cause, seen, "migrate " + component + " to " + candidate, actions, check);
            last = check;
            lastActions = actions;
        }
        return new Diagnosis(cause, seen, last == null ? "no other node can take " + component + "; add capacity"
                : "no safe migration found; the nearest: " + lastActions.get(0).describe(), lastActions, last);
    }

    private WhatIfReport check(Collection<Model> models, Deployment deployment, List<ControlAction> actions) {
        try {
            return whatIf.simulate(models, deployment, actions);
        } catch (IllegalArgumentException e) {
            return null; // a name the model does not have: not a remedy
        }
    }

    /** Other nodes of the models, those of the component's current providers last, at most a dozen. */
    private static List<String> candidates(Collection<Model> models, Deployment deployment, String component, Set<String> exclude) {
        List<String> nodes = new ArrayList<>();
        for (Model m : models) {
            for (EObject o : (Iterable<EObject>) m::eAllContents) {
                if (o instanceof Node n && n.eContainer() instanceof Provider p) {
                    String name = p.getName() + "." + n.getName();
                    if (!exclude.contains(name) && !componentsOn(deployment, name).contains(component)) nodes.add(name);
                }
            }
        }
        return nodes.subList(0, Math.min(MAX_CANDIDATES, nodes.size()));
    }

    /**
     * Another replica fits where the component is placed: components with ports use the host's network, so two
     * replicas on one node would claim the same port (which the validator does not know about).
     */
    private static boolean scalable(Deployment deployment, String component, int replicas) {
        for (Placement p : deployment.getPlacements()) {
            if (p.getComponent() != null && p.getComponent().getName().equals(component)) {
                return p.getComponent().getPorts().isEmpty() || replicas <= p.getNodes().size();
            }
        }
        return false;
    }

    /** The source of a flow into the component that misbehaved strictly before it did, if any. */
    private static String upstreamFirst(Deployment deployment, String component, List<Anomaly> seen, Map<String, List<Anomaly>> byComponent) {
        long first = seen.stream().mapToLong(Anomaly::since).min().orElse(Long.MAX_VALUE);
        Application app = deployment.getApplication();
        if (app == null) return null;
        for (Flow f : app.getFlows()) {
            if (f.getTarget() == null || f.getSource() == null || !f.getTarget().getName().equals(component)) continue;
            List<Anomaly> upstream = byComponent.get(f.getSource().getName());
            // strictly earlier: with ties or a cycle of flows, each is diagnosed itself rather than none of them
            if (upstream != null && upstream.stream().mapToLong(Anomaly::since).min().orElse(Long.MAX_VALUE) < first) {
                return f.getSource().getName();
            }
        }
        return null;
    }

    private static List<String> componentsOn(Deployment deployment, String node) {
        List<String> on = new ArrayList<>();
        for (Placement p : deployment.getPlacements()) {
            if (p.getComponent() == null) continue;
            for (Node n : p.getNodes()) {
                if (n.eContainer() instanceof Provider provider && node.equals(provider.getName() + "." + n.getName())) {
                    on.add(p.getComponent().getName());
                }
            }
        }
        return on;
    }

    private static java.util.Optional<Component> componentOf(Deployment deployment, String name) {
        return deployment.getPlacements().stream().map(Placement::getComponent).filter(c -> c != null && c.getName().equals(name)).findFirst();
    }
}
