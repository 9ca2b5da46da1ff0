/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server;

import com.google.inject.Guice;
import com.google.inject.Injector;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketModule;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.phaen.diagram.description.Descriptions;

/**
 * The diagram server, in-process: GLSP 2.3.0 over a WebSocket on localhost, and the web client's files on the same
 * port, so a browser (the workbench's SWT Browser, or Chromium in the tests) needs one address. One GLSP session
 * per client; the three diagram types share the server. Only the server's own pages, with the token of this start, may
 * connect ({@link ConnectionGuard}).
 */
public final class DiagramServer implements AutoCloseable {

    public static final String ENDPOINT = "phaen";

    private final Server jetty;
    private final ConnectionGuard guard;

    private DiagramServer(Server jetty, ConnectionGuard guard) {
        this.jetty = jetty;
        this.guard = guard;
    }

    /**
     * Starts on the port (0: any free one) serving the client files of {@code webRoot}. Returns once it accepts
     * connections. Jetty and GLSP find their services through the context class loader: this bundle's.
     */
    public static DiagramServer start(int port, Path webRoot) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DiagramServer.class.getClassLoader());
        try {
            ServerModule serverModule = new ServerModule();
            for (String type :
                    new String[] {Descriptions.STRATEGY_MAP, Descriptions.ALIGNMENT, Descriptions.PARTNER_NETWORK}) {
                serverModule.configureDiagramModule(new PhaenDiagramModule(type));
            }
            Supplier<Injector> sessions = () -> Guice.createInjector(serverModule, new WebsocketModule());
            Server jetty = new Server(new InetSocketAddress("localhost", port));
            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
            context.setContextPath("/");
            context.setBaseResourceAsPath(webRoot);
            context.addServlet(new ServletHolder("client", DefaultServlet.class), "/");
            JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
                ServerEndpointConfig endpoint = ServerEndpointConfig.Builder.create(
                                GLSPServerEndpoint.class, "/" + ENDPOINT)
                        .configurator(new GLSPConfigurator(sessions))
                        .build();
                container.setDefaultMaxTextMessageBufferSize(
                        64 * 1024 * 1024); // a 10,000-node diagram is a large message
                container.addEndpoint(endpoint);
            });
            ConnectionGuard guard = new ConnectionGuard(context);
            jetty.setHandler(guard);
            jetty.start();
            return new DiagramServer(jetty, guard);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Starts on any free port, serving the installed web client. */
    public static DiagramServer start() throws Exception {
        return start(0, WebClientFiles.root());
    }

    public int port() {
        return jetty.getURI().getPort();
    }

    /**
     * The page showing a diagram of a plan file, with this start's token: the page's client connects with it, and
     * nothing without it may. Only plans opened in the workbench ({@link org.phaen.diagram.server.model.PlanSessions})
     * are served.
     */
    public URI page(String diagramType, Path planFile) {
        String uri = planFile.toAbsolutePath().normalize().toUri().toString();
        return URI.create("http://localhost:" + port() + "/index.html?port=" + port() + "&path=" + ENDPOINT
                + "&diagram=" + diagramType + "&uri=" + URLEncoder.encode(uri, StandardCharsets.UTF_8) + "&"
                + ConnectionGuard.TOKEN + "=" + guard.token());
    }

    /** The WebSocket address a client of this server connects to (the page's client builds the same). */
    public URI webSocket() {
        return URI.create(
                "ws://localhost:" + port() + "/" + ENDPOINT + "?" + ConnectionGuard.TOKEN + "=" + guard.token());
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
