// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy;

/**
 * What an engine says about one container of a deployment at one moment. CPU time and network bytes are
 * counters since the container started (a rate needs two samples); {@code network} is false where the engine
 * has no per-container network figures (host or no network); {@code stats} is false when no fresh statistics
 * came (a container just started, or its stream broke): then CPU, memory and network are unknown, not zero.
 *
 * @param atMillis when the engine answered (epoch milliseconds)
 * @param health the container's health check ("healthy", "unhealthy", "starting") or "none"
 */
public record ContainerSample(String engine, String name, String component, int replica, String node, long atMillis,
        boolean running, int restarts, String health, boolean stats, long cpuNanos, long memoryBytes, long memoryLimit,
        boolean network, long rxBytes, long txBytes) {
}
