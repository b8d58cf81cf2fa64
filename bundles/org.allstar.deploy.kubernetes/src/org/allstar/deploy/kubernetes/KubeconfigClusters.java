// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.kubernetes;

import java.io.File;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;

/**
 * Clients whose credentials come from where kubectl finds them, as fabric8's {@link Config#autoConfigure}
 * reads them: the kubeconfig files named by KUBECONFIG (else ~/.kube/config), the KUBERNETES_* environment
 * variables and system properties (e.g. KUBERNETES_AUTH_TOKEN, KUBERNETES_CERTS_CA_FILE,
 * KUBERNETES_TRUST_CERTIFICATES), and a pod's service account. For an endpoint URL, the kubeconfig context
 * whose cluster has that server is used; if none has, the current context's credentials with the endpoint's
 * URL. Server certificates are checked as fabric8 does by default (the kubeconfig's CA, else the JDK's).
 * The JDK's HTTP client is used (no Vert.x). The studio names its kubeconfig file instead (its preference).
 */
final class KubeconfigClusters implements Clusters {
    private final Map<String, KubernetesClient> clients = new ConcurrentHashMap<>();
    /** The configuration of a context (null: the current one). */
    private final Function<String, Config> contexts;

    /** Credentials from where kubectl finds them. */
    KubeconfigClusters() {
        this.contexts = Config::autoConfigure;
    }

    /** Credentials from this kubeconfig file only. */
    KubeconfigClusters(File kubeconfig) {
        this.contexts = context -> Config.fromKubeconfig(context, kubeconfig);
    }

    @Override
    public KubernetesClient client(String url) {
        return clients.computeIfAbsent(url, this::open);
    }

    private KubernetesClient open(String url) {
        // fabric8 retries a failed request 10 times with a growing back-off; a cluster that does not answer should be
        // named within seconds, and a failed step rolled back, instead
        Config config = new ConfigBuilder(configFor(url)).withMasterUrl(url).withRequestRetryBackoffLimit(2).build();
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory()).build();
    }

    /** The kubeconfig context whose cluster server is this URL, else the current one. */
    Config configFor(String url) {
        Config current = contexts.apply(null);
        if (same(current.getMasterUrl(), url) || current.getContexts() == null) return current;
        for (NamedContext context : current.getContexts()) {
            Config candidate = contexts.apply(context.getName());
            if (same(candidate.getMasterUrl(), url)) return candidate;
        }
        return current;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && Objects.equals(a.replaceAll("/+$", ""), b.replaceAll("/+$", ""));
    }

    @Override
    public void close() {
        clients.values().forEach(KubernetesClient::close);
        clients.clear();
    }
}
