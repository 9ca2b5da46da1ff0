/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.client.BasicClientDataSource;
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
        server.createDatabase(database);
        return sameStoreAgain();
    }

    @Override
    MonitoringStore sameStoreAgain() throws Exception {
        return MonitoringStore.open(server.url(database), server.user(), server.password());
    }

    /** A logged-in user may not create a database outside the server's home, by path or by restoring one from a path. */
    @Test
    void databasesStayInsideTheHome(@TempDir Path elsewhere) throws Exception {
        String escaped = "escaped-" + System.nanoTime();
        String[] names = {
            elsewhere.resolve("outside").toString(),
            "../" + escaped,
            "memory:inram",
            home.resolve("..").toString()
        };
        for (String name : names) {
            IllegalArgumentException told = assertThrows(
                    IllegalArgumentException.class,
                    () -> MonitoringStore.open(server.url(name), server.user(), server.password())
                            .close(),
                    name);
            assertTrue(told.getMessage().contains("home folder"), told.getMessage());
            // Any other Derby client is refused by the server itself.
            assertThrows(
                    SQLException.class,
                    () -> rawClient(name, "create=true")
                            .getConnection(server.user(), server.password())
                            .close(),
                    name);
        }
        assertFalse(Files.exists(elsewhere.resolve("outside")));
        assertFalse(Files.exists(home.resolveSibling(escaped)));
        assertThrows(
                SQLException.class,
                () -> rawClient("restored", "createFrom=" + elsewhere)
                        .getConnection(server.user(), server.password())
                        .close());
        assertFalse(Files.exists(home.resolve("restored")));
        assertThrows(
                SQLException.class,
                () -> rawClient("office", "create=true")
                        .getConnection(server.user(), server.password())
                        .close(),
                "a client creates no database, even in the home");
        SQLException missing = assertThrows(
                SQLException.class, () -> MonitoringStore.open(server.url("office"), server.user(), server.password()));
        assertTrue(
                missing.getMessage().contains("has no database 'office'")
                        && missing.getMessage().contains("--database office"),
                missing.getMessage());
        server.createDatabase("office");
        try (MonitoringStore plain = MonitoringStore.open(server.url("office"), server.user(), server.password())) {
            assertEquals(0, plain.queries().count("measurement"));
        }
        assertTrue(Files.isDirectory(home.resolve("office")), "the server's databases are in its home");
    }

    private static BasicClientDataSource rawClient(String database, String attributes) {
        BasicClientDataSource ds = new BasicClientDataSource();
        ds.setServerName("127.0.0.1");
        ds.setPortNumber(URI.create(server.url("x").substring(5)).getPort());
        ds.setDatabaseName(database);
        ds.setConnectionAttributes(attributes);
        return ds;
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        server.createDatabase("store-x");
        assertThrows(SQLException.class, () -> MonitoringStore.open(server.url("store-x"), server.user(), "wrong"));
    }
}
