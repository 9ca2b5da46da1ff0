/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A GLSP client speaking the protocol itself (JSON-RPC over a WebSocket, the JDK's client), as the web client
 * does: initialize, open a client session, then send actions and read what the server sends back.
 */
final class GlspTestClient implements AutoCloseable {

    static final List<String> CLIENT_ACTIONS = List.of(
            "setModel",
            "updateModel",
            "setDirtyState",
            "setTypeHints",
            "setContextActions",
            "setMarkers",
            "message",
            "status",
            "rejectRequest",
            "setEditValidationResult",
            "setEditMode",
            "triggerNodeCreation",
            "triggerEdgeCreation",
            "exportSvg",
            "selectAll",
            "elementSelected",
            "setViewport",
            "fit",
            "center",
            "updateProgress",
            "startProgress",
            "endProgress");

    private static final Gson GSON = new Gson();
    private final BlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> closedByServer = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket socket;
    private final String clientId;

    GlspTestClient(DiagramServer server, String clientId, String diagramType) throws Exception {
        this(server.webSocket(), "http://localhost:" + server.port(), clientId, diagramType);
    }

    /** Connects to {@code address} with the {@code origin} a browser would send for the page it shows. */
    GlspTestClient(URI address, String origin, String clientId, String diagramType) throws Exception {
        this.clientId = clientId;
        this.socket = connect(address, origin, new Collector());
        request("initialize", Map.of("applicationId", "phaen-test", "protocolVersion", "1.0.0"));
        request(
                "initializeClientSession",
                Map.of("clientSessionId", clientId, "diagramType", diagramType, "clientActionKinds", CLIENT_ACTIONS));
    }

    /**
     * The WebSocket handshake alone: fails with the server's answer when it refuses the connection. The first one
     * loads Jetty's and GLSP's classes, which took more than 10 s on a loaded machine.
     */
    static WebSocket connect(URI address, String origin, WebSocket.Listener listener) throws Exception {
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Origin", origin)
                .buildAsync(address, listener)
                .get(60, TimeUnit.SECONDS);
    }

    /** Sends an action as the client does (a "process" notification). */
    void send(Map<String, Object> action) {
        socket.sendText(
                        GSON.toJson(Map.of(
                                "jsonrpc",
                                "2.0",
                                "method",
                                "process",
                                "params",
                                Map.of("clientId", clientId, "action", action))),
                        true)
                .join();
    }

    /** The next action of the kind the server sends, skipping others; fails after 20 s. */
    JsonObject await(String kind) throws InterruptedException {
        return await(kind, Duration.ofSeconds(20));
    }

    /** The next action of the kind the server sends, skipping others; fails after the timeout. */
    JsonObject await(String kind, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            JsonObject message = incoming.poll(200, TimeUnit.MILLISECONDS);
            if (message != null && message.has("params") && "process".equals(string(message, "method"))) {
                JsonObject action = message.getAsJsonObject("params").getAsJsonObject("action");
                if (kind.equals(action.get("kind").getAsString())) {
                    return action;
                }
            }
        }
        throw new AssertionError("the server sent no " + kind + " within " + timeout.toSeconds() + " s");
    }

    private JsonElement request(String method, Object params) throws InterruptedException {
        int id = ids.incrementAndGet();
        socket.sendText(GSON.toJson(Map.of("jsonrpc", "2.0", "id", id, "method", method, "params", params)), true)
                .join();
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            JsonObject message = incoming.poll(200, TimeUnit.MILLISECONDS);
            if (message != null && message.has("id") && message.get("id").getAsInt() == id) {
                if (message.has("error")) {
                    throw new AssertionError(method + " failed: " + message.get("error"));
                }
                return message.get("result");
            }
            if (message != null) {
                incoming.add(message); // not ours: keep it for await
            }
        }
        throw new AssertionError(method + ": no answer within 20 s");
    }

    private static String string(JsonObject object, String member) {
        return object.has(member) ? object.get(member).getAsString() : null;
    }

    /** Closes the connection and waits (up to 10 s) for the server's answer, sent once it has ended the session. */
    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        try {
            closedByServer.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the server did not close the connection within 10 s", e);
        }
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                incoming.add(GSON.fromJson(partial.toString(), JsonObject.class));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedByServer.complete(null);
            return null;
        }
    }
}
