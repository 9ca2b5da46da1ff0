/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.util.concurrent.CompletableFuture;
import org.phaen.diagram.server.DiagramServer;

/**
 * The workbench's one diagram server, started on first use in the background (Jetty and GLSP take about a second)
 * and living as long as the workbench's JVM (which exits on quit, server threads and all). Diagram editors wait for it
 * without blocking the UI thread.
 */
public final class DiagramServers {

    private static CompletableFuture<DiagramServer> server;

    private DiagramServers() {}

    public static synchronized CompletableFuture<DiagramServer> get() {
        if (server == null || server.isCompletedExceptionally()) {
            server = CompletableFuture.supplyAsync(() -> {
                try {
                    return DiagramServer.start();
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        }
        return server;
    }
}
