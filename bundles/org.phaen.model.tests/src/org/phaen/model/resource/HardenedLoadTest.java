/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardenedLoadTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<phaen:PlanModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:phaen=\"" + ModelVersion.NS_PREFIX + ModelVersion.CURRENT + "\" uuid=\"u1\" title=\"%s\"/>\n";

    @TempDir
    Path dir;

    @Test
    void externalEntitiesAreRefusedAndNeverFetched() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String doctype = "<!DOCTYPE phaen:PlanModel [\n"
                    + "<!ENTITY % remote SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x.dtd\">\n%remote;\n"
                    + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
            Path file = dir.resolve("evil.phaen");
            Files.writeString(file, HEADER + doctype + String.format(ROOT, "&xxe;"));

            PlanLoadException e =
                    assertThrows(PlanLoadException.class, () -> PlanFiles.load(PlanFiles.newResourceSet(), file));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertEquals(PlanLoadException.Kind.DOCTYPE_REFUSED, e.getKind());
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
            assertEquals(0, connections(server), "the parser contacted the entity's server");
        }
    }

    @Test
    void malformedFilesNameFileAndLine() throws Exception {
        Path file = dir.resolve("broken.phaen");
        Files.writeString(
                file,
                HEADER + "<phaen:PlanModel xmlns:phaen=\"" + ModelVersion.NS_PREFIX + ModelVersion.CURRENT
                        + "\" uuid=\"u\">\n" + "  <plans>\n</phaen:PlanModel>\n");
        PlanLoadException e =
                assertThrows(PlanLoadException.class, () -> PlanFiles.load(PlanFiles.newResourceSet(), file));
        assertEquals(4, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":4: "), e.getMessage());
        assertEquals(PlanLoadException.Kind.MALFORMED, e.getKind());
    }

    @Test
    void missingAndForeignFilesAreReportedClearly() throws Exception {
        Path missing = dir.resolve("none.phaen");
        PlanLoadException none =
                assertThrows(PlanLoadException.class, () -> PlanFiles.load(PlanFiles.newResourceSet(), missing));
        assertTrue(none.getMessage().endsWith("no such file"), none.getMessage());
        assertEquals(PlanLoadException.Kind.NOT_FOUND, none.getKind());
        Path foreign = dir.resolve("foreign.phaen");
        Files.writeString(foreign, HEADER + "<note>hello</note>\n");
        PlanLoadException e =
                assertThrows(PlanLoadException.class, () -> PlanFiles.load(PlanFiles.newResourceSet(), foreign));
        assertTrue(e.getMessage().startsWith(foreign.toString()), e.getMessage());
        assertEquals(PlanLoadException.Kind.NOT_A_PLAN, e.getKind(), e.getMessage());
    }

    @Test
    void aPlainFileLoads() throws Exception {
        Path file = dir.resolve("ok.phaen");
        Files.writeString(file, HEADER + String.format(ROOT, "แผนทดสอบ"));
        assertEquals(
                "แผนทดสอบ", PlanFiles.load(PlanFiles.newResourceSet(), file).getTitle());
    }

    private static int connections(ServerSocket server) throws Exception {
        AtomicInteger count = new AtomicInteger();
        try {
            server.accept().close();
            count.incrementAndGet();
        } catch (SocketTimeoutException expected) {
            // nobody connected
        }
        return count.get();
    }
}
