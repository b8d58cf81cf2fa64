// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The application latency probe: an HTTP GET of the path a component declares ({@code probe "/health"}) on
 * its first port, on the host of the engine that runs it (containers of a deployment with ports use the
 * host's network). A 2xx answer within the timeout is a success; its time is the latency.
 */
public final class Prober {
    /** The outcome of one probe: answered in time with 2xx, and how long it took (ms); or why not. */
    public record Result(boolean ok, double millis, String problem) {
    }

    private final HttpClient http;
    private final Duration timeout;

    public Prober(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    public Result probe(String engine, int port, String path) {
        URI uri;
        try {
            uri = URI.create("http://" + host(engine) + ":" + port + (path.startsWith("/") ? path : "/" + path));
        } catch (IllegalArgumentException e) {
            return new Result(false, 0, "the probe path '" + path + "' is not a URL path: " + e.getMessage());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            double millis = (System.nanoTime() - start) / 1e6;
            boolean ok = response.statusCode() / 100 == 2;
            return new Result(ok, millis, ok ? null : uri + " answered " + response.statusCode());
        } catch (IOException | RuntimeException e) {
            return new Result(false, (System.nanoTime() - start) / 1e6, uri + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, 0, "interrupted");
        }
    }

    /** The host a container with host networking answers on: the engine's host, or this machine for a socket. */
    static String host(String engine) {
        if (engine.startsWith("tcp://")) {
            String rest = engine.substring("tcp://".length());
            int colon = rest.lastIndexOf(':');
            return colon < 0 ? rest : rest.substring(0, colon);
        }
        return "127.0.0.1";
    }
}
