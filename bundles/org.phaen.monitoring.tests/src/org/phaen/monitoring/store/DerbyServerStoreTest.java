package org.phaen.monitoring.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared store on the Derby Network Server, started on loopback with authentication on. */
class DerbyServerStoreTest extends StoreContract {

    @TempDir
    static Path home;

    private static DerbyServer server;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String database;

    @BeforeAll
    static void startServer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = DerbyServer.startOnLoopback(home, port, "phaen", "s3cret-test");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    MonitoringStore newStore() throws Exception {
        database = "store" + DATABASES.incrementAndGet();
        return sameStoreAgain();
    }

    @Override
    MonitoringStore sameStoreAgain() throws Exception {
        // An absolute database path: the engine may have booted earlier in this JVM with another system home.
        return MonitoringStore.open(server.url(home.resolve(database).toString()), server.user(), server.password());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThrows(SQLException.class, () -> MonitoringStore.open(server.url(home.resolve("store-x").toString()), server.user(), "wrong"));
    }
}
