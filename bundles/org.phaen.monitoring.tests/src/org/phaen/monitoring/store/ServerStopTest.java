/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.monitoring.store.ImportResult.Outcome;

/**
 * The store server in its own process, as {@code phaen server start} runs it: {@code stop} from another process ends
 * that process and releases the databases, so a restarted server opens them again; with TLS, connections are encrypted
 * and plain ones refused; without TLS the server will not listen beyond loopback.
 */
class ServerStopTest {

    private static final String PASSWORD = "s3cret-stop";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path dir;

    @Test
    void stopEndsTheServersProcessAndARestartedServerOpensTheSameDatabase() throws Exception {
        Path home = dir.resolve("home");
        int port = freePort();
        ChildJvm first = ChildJvm.start(ServerProcess.class, home.toString(), Integer.toString(port), PASSWORD);
        String url = "jdbc:derby://127.0.0.1:" + port + "/office";
        try (MonitoringStore store = MonitoringStore.open(url, "phaen", PASSWORD)) {
            assertEquals(
                    Outcome.IMPORTED,
                    store.importBatch(
                                    StoreContract.measurements("a.xlsx", StoreContract.P1, 2, 0, 3, "1.5"),
                                    StoreContract.known(2, 3))
                            .outcome());
        }
        assertTrue(DerbyServer.stop(LOOPBACK, port, "phaen", PASSWORD), "stop waited for the process to end");
        assertFalse(first.isAlive(), "the server's process ended: " + first.output());
        assertFalse(listening(port), "the port is closed");

        ChildJvm second = ChildJvm.start(ServerProcess.class, home.toString(), Integer.toString(port), PASSWORD);
        try (MonitoringStore store = MonitoringStore.open(url, "phaen", PASSWORD)) {
            assertEquals(
                    6,
                    store.queries().count("measurement"),
                    "the restarted server opens the database the first one closed");
        } finally {
            assertTrue(DerbyServer.stop(LOOPBACK, port, "phaen", PASSWORD));
            assertFalse(second.isAlive(), second.output());
        }
    }

    @Test
    void aStopWithTheWrongPasswordLeavesTheServerRunning() throws Exception {
        int port = freePort();
        ChildJvm server =
                ChildJvm.start(ServerProcess.class, dir.resolve("home").toString(), Integer.toString(port), PASSWORD);
        try {
            assertThrows(Exception.class, () -> DerbyServer.stop(LOOPBACK, port, "phaen", "wrong"));
            assertTrue(server.isAlive());
            assertTrue(listening(port));
        } finally {
            DerbyServer.stop(LOOPBACK, port, "phaen", PASSWORD);
        }
    }

    @Test
    void withTlsConnectionsAreEncryptedAndPlainOnesRefused() throws Exception {
        Path keyStore = TestKeyStore.create(dir.resolve("server.p12"), "keystore-pw");
        int port = freePort();
        ChildJvm server = ChildJvm.start(
                ServerProcess.class,
                dir.resolve("home").toString(),
                Integer.toString(port),
                PASSWORD,
                keyStore.toString(),
                "keystore-pw");
        try {
            String url = "jdbc:derby://127.0.0.1:" + port + "/office";
            try (MonitoringStore store = MonitoringStore.open(url + ";ssl=basic", "phaen", PASSWORD)) {
                assertEquals(0, store.queries().count("measurement"));
            }
            assertThrows(
                    SQLException.class,
                    () -> MonitoringStore.open(url, "phaen", PASSWORD).close(),
                    "a connection without TLS");
        } finally {
            assertTrue(DerbyServer.stop(LOOPBACK, port, "phaen", PASSWORD));
            assertFalse(server.isAlive(), server.output());
        }
    }

    @Test
    void withoutTlsTheServerDoesNotListenBeyondLoopback() throws Exception {
        int port = freePort();
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> DerbyServer.start(
                        dir.resolve("home"), InetAddress.getByName("0.0.0.0"), port, "phaen", PASSWORD, null, false));
        assertTrue(refused.getMessage().contains("without TLS"), refused.getMessage());
        assertFalse(listening(port));
    }

    static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket(LOOPBACK, port)) {
            return true;
        } catch (Exception closed) {
            return false;
        }
    }
}
