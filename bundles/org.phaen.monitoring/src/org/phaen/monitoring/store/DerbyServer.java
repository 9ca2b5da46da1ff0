package org.phaen.monitoring.store;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.file.Path;

import org.apache.derby.drda.NetworkServerControl;

/**
 * The Derby Network Server for a shared office store: listens on loopback unless told otherwise, and only
 * users with the password given here may connect (Derby's built-in authentication, switched on before the
 * engine starts). Databases live under {@code home}.
 */
public final class DerbyServer implements AutoCloseable {

    private static final String REQUIRE_AUTH = "derby.connection.requireAuthentication",
        PROVIDER = "derby.authentication.provider", USER_PREFIX = "derby.user.";

    private final NetworkServerControl control;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private DerbyServer(NetworkServerControl control, InetAddress address, int port, String user, String password) {
        this.control = control;
        this.host = address.getHostAddress();
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static DerbyServer start(Path home, InetAddress address, int port, String user, String password) throws Exception {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("the store server needs a password: it never runs without authentication");
        }
        // Derby reads these JVM-wide when a database boots; close() takes them back for embedded use afterwards.
        System.setProperty("derby.system.home", home.toAbsolutePath().toString());
        System.setProperty(REQUIRE_AUTH, "true");
        System.setProperty(PROVIDER, "BUILTIN");
        System.setProperty(USER_PREFIX + user, password);
        DerbyTuning.apply();
        NetworkServerControl control = new NetworkServerControl(address, port, user, password);
        control.start(new PrintWriter(Writer.nullWriter()));
        for (int i = 0; ; i++) { // start() returns before the server listens
            try {
                control.ping();
                return new DerbyServer(control, address, port, user, password);
            } catch (Exception notYet) {
                if (i == 100) {
                    throw new IllegalStateException("Derby server did not start on " + address.getHostAddress() + ":" + port, notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    public static DerbyServer startOnLoopback(Path home, int port, String user, String password) throws Exception {
        return start(home, InetAddress.getLoopbackAddress(), port, user, password);
    }

    /** Stops a server started by another process (the {@code phaen server stop} case). */
    public static void stop(InetAddress address, int port, String user, String password) throws Exception {
        new NetworkServerControl(address, port, user, password).shutdown();
    }

    public String url(String database) {
        return "jdbc:derby://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() throws Exception {
        control.shutdown();
        // The engine keeps the authentication it booted with: stop it too, so embedded stores in this JVM
        // (a test run, the workbench) start afresh without the server's users.
        org.apache.derby.jdbc.EmbeddedDataSource engine = new org.apache.derby.jdbc.EmbeddedDataSource();
        engine.setShutdownDatabase("shutdown");
        engine.setUser(user);
        engine.setPassword(password);
        try (java.sql.Connection c = engine.getConnection()) {
            // not reached: Derby answers a shutdown with an exception
        } catch (java.sql.SQLException expected) {
            // XJ015: Derby system shut down
        }
        System.clearProperty(REQUIRE_AUTH);
        System.clearProperty(PROVIDER);
        System.clearProperty(USER_PREFIX + user);
    }
}
