/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a test's main class of this bundle ({@link KillableImport}, {@link StoreHolder},
 * {@link ServerProcess}): started, watched for the lines it prints (READY first), and stopped or killed with SIGKILL.
 */
final class ChildJvm {

    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the child and returns once it printed READY. */
    static ChildJvm start(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        ChildJvm child = new ChildJvm(
                new ProcessBuilder(command).redirectErrorStream(true).start());
        if (!child.awaitLine("READY", 120_000)) {
            child.kill();
            throw new IllegalStateException(main.getSimpleName() + " never got ready: " + child.output());
        }
        return child;
    }

    private void read() {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException endedByTheKill) {
            // the stream ends with the process
        }
    }

    /** Whether the child printed a line starting with {@code start}, waiting at most {@code millis}. */
    boolean awaitLine(String start, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (lines) {
            while (lines.stream().noneMatch(line -> line.startsWith(start))) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                lines.wait(left);
            }
            return true;
        }
    }

    /** Whether the child reported its import committed, waiting at most {@code millis}. */
    boolean awaitDone(long millis) throws InterruptedException {
        return awaitLine("DONE", millis);
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux: no shutdown hooks, no Derby shutdown, files left as they are. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void awaitExit() throws InterruptedException {
        process.waitFor(120, TimeUnit.SECONDS);
    }

    static String javaExecutable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The classes the child needs, wherever the test runtime loaded them from (bundle folders or jars). */
    static String classPath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(
                ChildJvm.class,
                MonitoringStore.class,
                org.phaen.monitoring.data.Measurement.class,
                org.flywaydb.core.Flyway.class,
                org.flywaydb.database.derby.DerbyDatabaseType.class,
                org.flywaydb.database.postgresql.PostgreSQLDatabaseType.class,
                org.apache.derby.jdbc.EmbeddedDataSource.class,
                org.apache.derby.iapi.services.monitor.Monitor.class,
                org.apache.derby.shared.common.error.StandardException.class,
                org.apache.derby.client.BasicClientDataSource.class,
                org.apache.derby.drda.NetworkServerControl.class,
                org.apache.derby.tools.sysinfo.class,
                org.postgresql.ds.PGSimpleDataSource.class,
                tools.jackson.databind.ObjectMapper.class,
                tools.jackson.core.JsonParser.class,
                com.fasterxml.jackson.annotation.JsonProperty.class,
                org.phaen.model.Identified.class,
                org.eclipse.emf.ecore.EObject.class,
                org.eclipse.emf.common.util.URI.class)) {
            entries.add(new File(c.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getPath());
        }
        return String.join(File.pathSeparator, entries);
    }
}
