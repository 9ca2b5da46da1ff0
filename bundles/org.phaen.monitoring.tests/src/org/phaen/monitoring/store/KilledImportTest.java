package org.phaen.monitoring.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of an import: after a restart the store holds all rows of the file or none, and its
 * ledger agrees. The import runs in a child JVM killed with {@code destroyForcibly()} at several moments.
 */
class KilledImportTest {

    private static final int AGENCIES = 600; // 100 indicators × 600 agencies = 60,000 rows in one file

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesAllOrNothing() throws Exception {
        int killedMidway = 0;
        long[] delays = { 300, 900, 1_500, 2_500, 4_000 };
        for (int run = 0; run < delays.length; run++) {
            Path store = dir.resolve("store" + run);
            Process child = new ProcessBuilder(javaExecutable(), "-cp", classPath(), KillableImport.class.getName(),
                store.toString(), Integer.toString(AGENCIES)).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); !"READY".equals(line); line = out.readLine()) {
                assertTrue(line != null, "child ended before importing");
            }
            AtomicBoolean finished = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        finished.compareAndSet(false, line.startsWith("DONE"));
                    }
                } catch (java.io.IOException closedByTheKill) {
                    // the stream ends with the process
                }
            });
            reader.start();
            Thread.sleep(delays[run]);
            child.destroyForcibly(); // SIGKILL on Linux
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(5_000);
            try (MonitoringStore reopened = MonitoringStore.embedded(store)) {
                long rows = reopened.queries().count("measurement");
                long files = reopened.queries().count("import_ledger");
                assertTrue(rows == 0 || rows == 100L * AGENCIES, "run " + run + ": " + rows + " rows after the kill");
                assertEquals(rows == 0 ? 0 : 1, files, "the ledger agrees with the rows");
                if (rows == 0 && !finished.get()) {
                    killedMidway++;
                }
                System.out.printf("killed after %d ms: %d rows, %d ledger entries, child had %sfinished%n", delays[run], rows,
                    files, finished.get() ? "" : "not ");
            }
        }
        assertTrue(killedMidway > 0, "at least one kill must land before the import finished");
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The classes the child needs, wherever the test runtime loaded them from (bundle folders or jars). */
    private static String classPath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(KillableImport.class, MonitoringStore.class, org.phaen.monitoring.data.Measurement.class,
            org.flywaydb.core.Flyway.class, org.flywaydb.database.derby.DerbyDatabaseType.class,
            org.flywaydb.database.postgresql.PostgreSQLDatabaseType.class, org.apache.derby.jdbc.EmbeddedDataSource.class,
            org.apache.derby.iapi.services.monitor.Monitor.class, org.apache.derby.shared.common.error.StandardException.class,
            org.apache.derby.client.BasicClientDataSource.class, org.postgresql.ds.PGSimpleDataSource.class,
            tools.jackson.databind.ObjectMapper.class, tools.jackson.core.JsonParser.class,
            com.fasterxml.jackson.annotation.JsonProperty.class, org.phaen.model.Identified.class,
            org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.common.util.URI.class)) {
            entries.add(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath());
        }
        return String.join(File.pathSeparator, entries);
    }
}
