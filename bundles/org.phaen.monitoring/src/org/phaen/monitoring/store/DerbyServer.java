/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The Derby Network Server for a shared office store. It listens on loopback unless told otherwise, and only with
 * TLS (or an explicit "insecure") on other addresses; only the one user with the password may connect, and only to
 * databases inside {@code home} ({@link HomeConfinedAuthenticator}). {@link #stop} from another process ends the
 * process serving in {@link #runUntilStopped()}, its engine shut down first (the databases released).
 */
public final class DerbyServer implements AutoCloseable {

    private static final String REQUIRE_AUTH = "derby.connection.requireAuthentication",
            PROVIDER = "derby.authentication.provider",
            SYSTEM_HOME = "derby.system.home";

    private final NetworkServerControl control;
    private final InetAddress address;
    private final int port;
    private final String user;
    private final String password;
    private final ServerProcessFile processFile;
    private boolean closed;

    private DerbyServer(NetworkServerControl control, InetAddress address, int port, String user, String password)
            throws IOException {
        this.control = control;
        this.address = address;
        this.port = port;
        this.user = user;
        this.password = password;
        this.processFile = ServerProcessFile.written(port, password);
    }

    /**
     * Starts the server; {@code tls} null for none, which on an address other than loopback needs {@code insecure}
     * (the password would cross the network in clear text).
     */
    public static DerbyServer start(
            Path home, InetAddress address, int port, String user, String password, ServerTls tls, boolean insecure)
            throws Exception {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException(
                    "the store server needs a password: it never runs without authentication");
        }
        if (tls == null && !insecure && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException(
                    "refusing to listen on " + address.getHostAddress() + " without TLS: the password would cross"
                            + " the network in clear text; give a key store (--tls-keystore) or, on a network you trust, --insecure");
        }
        if (listening(address, port)) {
            throw new IllegalArgumentException("something already listens on " + address.getHostAddress() + ":" + port
                    + " (another store server?): stop it or choose another --port");
        }
        shutDownEngine(null, null); // booted earlier in this JVM (tests), it would keep its old home and authentication
        // Derby reads these JVM-wide when its engine boots; close() takes them back for embedded use afterwards.
        System.setProperty(SYSTEM_HOME, home.toAbsolutePath().toString());
        System.setProperty(REQUIRE_AUTH, "true");
        System.setProperty(PROVIDER, HomeConfinedAuthenticator.class.getName());
        HomeConfinedAuthenticator.configure(home, user, password);
        if (tls != null) {
            tls.apply();
        }
        DerbyTuning.apply();
        NetworkServerControl control = new NetworkServerControl(address, port, user, password);
        control.start(new PrintWriter(Writer.nullWriter()));
        for (int i = 0; !listening(address, port); i++) { // start() returns before the server listens
            if (i == 100) {
                control.shutdown();
                throw new IllegalStateException(
                        "Derby server did not start on " + address.getHostAddress() + ":" + port);
            }
            Thread.sleep(100);
        }
        return new DerbyServer(control, address, port, user, password);
    }

    public static DerbyServer startOnLoopback(Path home, int port, String user, String password) throws Exception {
        return start(home, InetAddress.getLoopbackAddress(), port, user, password, null, false);
    }

    /**
     * Stops a server started by another process (the {@code phaen server stop} case) and waits until that process
     * has released its databases and ended. On this machine the process is asked to end as Ctrl-C does (the password
     * checked against the hash it recorded; only its own account may signal it); elsewhere Derby's shutdown command does it, with the password (not over TLS: Derby 10.17's
     * administration client falls through to a plain socket). False if the process did not end in time.
     */
    public static boolean stop(InetAddress address, int port, String user, String password) throws Exception {
        var local = ServerProcessFile.running(port);
        if (local.isPresent()) {
            return local.get().terminate(password, 60);
        }
        new NetworkServerControl(address, port, user, password).shutdown();
        return !listening(address, port);
    }

    /**
     * Serves until stopped: by {@link #stop} from another process, or by Ctrl-C (a shutdown hook closes the server).
     * Returns once the databases are released.
     */
    public void runUntilStopped() throws Exception {
        Thread hook = new Thread(() -> {
            try {
                close();
            } catch (Exception e) {
                // The process is ending anyway; what was not closed cleanly is said, Derby recovers it on the next
                // start.
                System.err.println("The store server did not close cleanly on exit: " + e);
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        int missed = 0;
        while (missed < 2) { // two failed checks in a row: one could be a busy moment
            Thread.sleep(250);
            missed = listening(address, port) ? 0 : missed + 1;
        }
        close();
    }

    /** Refuses anything but a plain name: a database of the server is a folder directly in its home. */
    public static void checkDatabaseName(String name) {
        if (!HomeConfinedAuthenticator.isPlainName(name)) {
            throw new IllegalArgumentException(HomeConfinedAuthenticator.notPlain(name));
        }
    }

    /** Creates a database in the home unless it exists: clients cannot (see {@link HomeConfinedAuthenticator}). */
    public void createDatabase(String name) throws Exception {
        checkDatabaseName(name);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        ds.setCreateDatabase("create");
        HomeConfinedAuthenticator.asServer(() -> {
            try (Connection c = ds.getConnection(user, password)) {
                return null;
            }
        });
    }

    public String url(String database) {
        return "jdbc:derby://" + address.getHostAddress() + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Stops the server and the engine (the databases are closed, their locks released); safe to call twice. */
    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        try {
            control.shutdown();
        } catch (Exception alreadyStopped) {
            // stopped by 'phaen server stop'
        }
        // The engine keeps the authentication it booted with: stop it too, so embedded stores in this JVM
        // (a test run) start afresh without the server's users.
        shutDownEngine(user, password);
        System.clearProperty(REQUIRE_AUTH);
        System.clearProperty(PROVIDER);
        System.clearProperty(ServerTls.SSL_MODE);
        processFile.delete();
    }

    private static void shutDownEngine(String user, String password) {
        EmbeddedDataSource engine = new EmbeddedDataSource();
        engine.setShutdownDatabase("shutdown");
        engine.setUser(user);
        engine.setPassword(password);
        try (Connection c = engine.getConnection()) {
            // not reached: Derby answers a shutdown with an exception
        } catch (SQLException expected) {
            // XJ015: Derby system shut down
        }
    }

    private static boolean listening(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(
                    new InetSocketAddress(
                            address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address, port),
                    2000);
            return true;
        } catch (IOException nothing) {
            return false;
        }
    }
}
