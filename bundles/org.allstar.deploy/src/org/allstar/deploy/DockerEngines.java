// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;

/**
 * Docker Engine API clients by endpoint URL (unix:///path/docker.sock, or tcp://host:2376 with TLS): one per
 * engine, kept while this object lives. TLS endpoints need the client certificate folder (ca.pem, cert.pem,
 * key.pem): the folder handed to the constructor (the studio's preference), else the one named by
 * ALLSTAR_DOCKER_CERT_PATH or DOCKER_CERT_PATH, else ~/.docker.
 */
public final class DockerEngines implements AutoCloseable {
    private final Map<String, DockerClient> clients = new ConcurrentHashMap<>();
    private final int connections;
    /** The TLS client certificates; null: from the environment (the command line's way). */
    private final Path certificates;

    public DockerEngines() {
        this(32);
    }

    /** Engines whose TLS client certificates are in {@code certificates} (null: from the environment). */
    public DockerEngines(Path certificates) {
        this(32, certificates);
    }

    /** {@code connections}: the pool per engine (a long-lived statistics stream holds one for its lifetime). */
    DockerEngines(int connections) {
        this(connections, null);
    }

    /** {@code connections} per engine, TLS client certificates in {@code certificates} (null: from the environment). */
    DockerEngines(int connections, Path certificates) {
        this.connections = connections;
        this.certificates = certificates;
    }

    DockerClient client(String url, boolean tls) {
        return clients.computeIfAbsent(url, u -> open(u, tls, connections, certificates != null ? certificates : certificates()));
    }

    private static DockerClient open(String url, boolean tls, int connections, Path certs) {
        if (!url.startsWith("unix://") && !url.startsWith("tcp://")) {
            throw new DeployException("not a docker endpoint: " + url + " (unix:///path/docker.sock or tcp://host:2376)");
        }
        var config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(url);
        if (tls) {
            for (String file : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
                if (!Files.isReadable(certs.resolve(file))) {
                    throw new DeployException("the docker endpoint " + url + " uses TLS, but " + certs.resolve(file)
                            + " is missing; put the engine's client certificates there or set ALLSTAR_DOCKER_CERT_PATH (in the studio: Preferences > ALLSTAR > Engines)");
                }
            }
            config.withDockerTlsVerify(true).withDockerCertPath(certs.toString());
        } else {
            config.withDockerTlsVerify(false);
        }
        DefaultDockerClientConfig cfg = config.build();
        var http = new ZerodepDockerHttpClient.Builder().dockerHost(cfg.getDockerHost()).sslConfig(cfg.getSSLConfig())
                .maxConnections(connections).connectionTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(120)).build();
        return DockerClientImpl.getInstance(cfg, http);
    }

    private static Path certificates() {
        for (String name : new String[] {"ALLSTAR_DOCKER_CERT_PATH", "DOCKER_CERT_PATH"}) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) return Path.of(value);
        }
        return Path.of(System.getProperty("user.home"), ".docker");
    }

    @Override
    public void close() {
        for (DockerClient c : clients.values()) {
            try {
                c.close();
            } catch (java.io.IOException e) {
                // closing a connection pool: nothing to do
            }
        }
        clients.clear();
    }
}
