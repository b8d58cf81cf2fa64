// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import org.allstar.deploy.Deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * One step of converging a cluster: the object wanted (null for REMOVE) and the one the cluster has (null for
 * CREATE). {@link #action()} is how reports show it.
 */
record Step(Deployer.Kind kind, String cluster, HasMetadata wanted, HasMetadata existing) {

    HasMetadata object() {
        return wanted != null ? wanted : existing;
    }

    /** "Deployment allstar-live/web", "Namespace allstar-live" */
    String name() {
        HasMetadata o = object();
        String ns = o.getMetadata().getNamespace();
        return o.getKind() + " " + (ns == null ? "" : ns + "/") + o.getMetadata().getName();
    }

    Deployer.Action action() {
        String image = "";
        if (object() instanceof io.fabric8.kubernetes.api.model.apps.Deployment d && d.getSpec() != null) {
            image = " (" + d.getSpec().getReplicas() + " × " + d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage() + ")";
        }
        return new Deployer.Action(kind, cluster, null, existing == null ? null : existing.getMetadata().getUid(), name() + image);
    }
}
