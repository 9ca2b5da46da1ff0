/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.monitoring.store.ImportResult.Outcome;

/** The default store: embedded Derby in a folder, created on first use. */
class EmbeddedDerbyStoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    MonitoringStore newStore() throws Exception {
        return MonitoringStore.embedded(dir.resolve("store"));
    }

    @Override
    MonitoringStore sameStoreAgain() throws Exception {
        return MonitoringStore.open("jdbc:derby:" + dir.resolve("store"), null, null);
    }

    /** A store another program has open: a plain message saying so and how to share it, not Derby's own words. */
    @Test
    void aStoreOpenInAnotherProgramIsSaidToBeInUse() throws Exception {
        Path store = dir.resolve("busy");
        ChildJvm other = ChildJvm.start(StoreHolder.class, store.toString());
        try {
            StoreInUseException refused =
                    assertThrows(StoreInUseException.class, () -> MonitoringStore.embedded(store));
            assertTrue(
                    refused.getMessage()
                            .startsWith("the store " + store.toAbsolutePath() + " is in use by another program"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("phaen server start"), refused.getMessage());
            assertFalse(refused.getMessage().contains("class loader"), refused.getMessage());
        } finally {
            other.kill();
        }
        try (MonitoringStore free = MonitoringStore.embedded(store)) {
            assertEquals(0, free.queries().count("measurement"), "once the other program is gone the store opens");
        }
    }

    /** An empty folder made beforehand becomes the store; a folder holding something else is not taken over. */
    @Test
    void anEmptyFolderBecomesTheStoreAndAHalfMadeOneIsExplained() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("made-with-mkdir"));
        try (MonitoringStore store = MonitoringStore.embedded(empty)) {
            assertEquals(0, store.queries().count("measurement"));
        }
        Path halfMade = Files.createDirectories(dir.resolve("half-made"));
        Files.writeString(halfMade.resolve("note.txt"), "not a store");
        StoreInUseException refused = assertThrows(StoreInUseException.class, () -> MonitoringStore.embedded(halfMade));
        assertTrue(refused.getMessage().contains("is being created by another program"), refused.getMessage());
        assertTrue(Files.exists(halfMade.resolve("note.txt")), "nothing of the user's removed");
    }

    /** A store made by the first release (schema 1, with data) is brought to the current schema on open, data kept. */
    @Test
    void aSchemaOneStoreIsMigratedWithItsData() throws Exception {
        DataSource old = DataSources.embedded(dir.resolve("store"));
        Schema.migrate(old, "1");
        try (Connection c = old.getConnection()) {
            c.setAutoCommit(false);
            new BatchWriter(c).write(measurements("old.xlsx", P1, 3, 0, 2, "7"));
            c.commit();
        }
        try (MonitoringStore store = newStore()) {
            assertEquals(List.of("1", "2", "3", "4"), versions(store));
            assertEquals(6, store.queries().count("measurement"));
            // Schema 4: the rows' import found through an index, no longer checked against the ledger row by row.
            try (Connection c = store.connection();
                    ResultSet references = c.getMetaData().getImportedKeys(null, null, "MEASUREMENT");
                    ResultSet indexes = c.getMetaData().getIndexInfo(null, null, "MEASUREMENT", false, false)) {
                assertFalse(references.next(), "no foreign key left on measurement");
                List<String> indexed = new ArrayList<>();
                while (indexes.next()) {
                    indexed.add(indexes.getString("INDEX_NAME") + ":" + indexes.getString("COLUMN_NAME"));
                }
                assertTrue(indexed.contains("MEASUREMENT_IMPORT:IMPORT_ID"), indexed.toString());
            }
            // The key still holds across files after its columns were reordered.
            ImportResult clash = store.importBatch(measurements("again.xlsx", P1, 1, 1, 2, "7"), known(3, 2));
            assertEquals(Outcome.REJECTED, clash.outcome());
            assertEquals(
                    List.of("measurement 1: already reported by old.xlsx (a value is stored once; correct it there)"),
                    clash.errors());
        }
    }

    private static List<String> versions(MonitoringStore store) throws Exception {
        List<String> versions = new java.util.ArrayList<>();
        try (var c = store.connection();
                var s = c.createStatement();
                var r = s.executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                versions.add(r.getString(1));
            }
        }
        return versions;
    }
}
