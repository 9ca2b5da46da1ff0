/**
 * The GLSP 2.3.0 diagram server, running in-process: the GLSP WebSocket and the web client's files on one
 * localhost port, one GLSP session per client, the three diagram types on one server.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.server.DiagramServer#start()} (a free port) or
 * {@code start(port, webRoot)}; {@link org.phaen.diagram.server.DiagramServer#page} (the address of a diagram of a
 * plan file); {@link org.phaen.diagram.server.PhaenDiagramModule} (one diagram type as GLSP serves it);
 * {@link org.phaen.diagram.server.WebClientFiles#root()}.
 * <p>
 * <b>Contract:</b> the server listens on loopback only. Every edit a client makes is a command on the plan's EMF
 * command stack, so GLSP's undo is the plan editor's. Classes that inject the session's model state are bound
 * explicitly in the module (Guice would otherwise make them in the server's injector); see docs/platform.md.
 * Close the server to stop Jetty.
 * <p>
 * <b>Threads:</b> {@code start} blocks until Jetty listens (about a second): do not call it on the UI thread.
 * GLSP handles each session's actions on its own dispatcher thread; the plan is read and changed only on the
 * thread that owns its editing domain (see {@link org.phaen.diagram.server.model}).
 */
package org.phaen.diagram.server;
