// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;

/**
 * Clusters simulated by fabric8's mock API server in CRUD mode (an object store on https://localhost: no
 * scheduler, no kubelet, no pods; expectations scripted in {@link #server(String)} answer first). A cluster's
 * URL is what the model's {@code endpoint kubernetes} names; its client is the mock server's own.
 */
final class MockClusters implements Clusters {
    private final Map<String, KubernetesMockServer> servers = new LinkedHashMap<>();
    private final Map<String, KubernetesClient> clients = new LinkedHashMap<>();
    private final KubeconfigClusters others = new KubeconfigClusters();

    /** Starts a cluster whose one node reports this many GPUs (nvidia.com/gpu capacity); returns its URL. */
    String start(String nodeName, int gpus) {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        var server = new KubernetesMockServer(new Context(), new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), true);
        server.init();
        KubernetesClient client = server.createClient(new JdkHttpClientFactory());
        String url = client.getMasterUrl().toString();
        var node = new NodeBuilder().withNewMetadata().withName(nodeName).endMetadata().withNewStatus()
                .addToCapacity("cpu", new Quantity("8")).endStatus();
        if (gpus > 0) node.editStatus().addToCapacity(Workload.GPU_RESOURCE, new Quantity(Integer.toString(gpus))).endStatus();
        client.nodes().resource(node.build()).create();
        servers.put(url, server);
        clients.put(url, client);
        return url;
    }

    KubernetesMockServer server(String url) {
        return servers.get(url);
    }

    /** The mock cluster's client; any other URL is reached as the product would (the kubeconfig way). */
    @Override
    public KubernetesClient client(String url) {
        KubernetesClient client = clients.get(url);
        return client != null ? client : others.client(url);
    }

    @Override
    public void close() {
        // the clusters outlive a deployer; stop() ends them
    }

    void stop() {
        others.close();
        clients.values().forEach(KubernetesClient::close);
        servers.values().forEach(KubernetesMockServer::destroy);
    }
}
