// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * The Kubernetes API clients of the clusters a deployment names, by the URL of the provider's
 * {@code endpoint kubernetes "https://..."}; open clients are kept while this object lives. The product uses
 * {@link KubeconfigClusters}; tests hand in the clients of a mock API server.
 */
interface Clusters extends AutoCloseable {
    /** The client for the cluster at this API server URL. */
    KubernetesClient client(String url);

    @Override
    void close();
}
