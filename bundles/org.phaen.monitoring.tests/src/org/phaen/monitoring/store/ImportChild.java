package org.phaen.monitoring.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A child JVM running {@link KillableImport}: started, watched for its READY and DONE lines, and killed with SIGKILL. */
final class ImportChild {

    private final Process process;
    private final CountDownLatch ready = new CountDownLatch(1), done = new CountDownLatch(1);

    private ImportChild(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "import-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the child and returns once it has opened its store and is about to import. */
    static ImportChild start(Path store, int agencies) throws Exception {
        Process p = new ProcessBuilder(javaExecutable(), "-cp", classPath(), KillableImport.class.getName(), store.toString(),
            Integer.toString(agencies)).redirectErrorStream(true).start();
        ImportChild child = new ImportChild(p);
        if (!child.ready.await(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the child JVM never opened its store");
        }
        return child;
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("DONE")) {
                    done.countDown();
                }
            }
        } catch (IOException endedByTheKill) {
            // the stream ends with the process
        }
    }

    /** Whether the child reported its import committed, waiting at most {@code millis}. */
    boolean awaitDone(long millis) throws InterruptedException {
        return done.await(millis, TimeUnit.MILLISECONDS);
    }

    /** SIGKILL on Linux: no shutdown hooks, no Derby shutdown, files left as they are. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void awaitExit() throws InterruptedException {
        process.waitFor(120, TimeUnit.SECONDS);
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
