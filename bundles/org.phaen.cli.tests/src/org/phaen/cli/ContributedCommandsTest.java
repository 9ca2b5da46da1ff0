/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;
import org.phaen.testing.Repository;
import picocli.CommandLine.Command;

/** Each bundle contributes its own commands: as OSGi services here, through ServiceLoader for ./phaen. */
class ContributedCommandsTest {

    private static final BundleContext CONTEXT =
            FrameworkUtil.getBundle(PhaenCli.class).getBundleContext();

    @Test
    void everyCapabilityBundleRegistersItsCommandsAsAService() throws Exception {
        Set<String> bundles = CONTEXT.getServiceReferences(CommandContribution.class, null).stream()
                .map(ServiceReference::getBundle)
                .map(b -> b.getSymbolicName())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "org.phaen.cli",
                        "org.phaen.validation",
                        "org.phaen.instruments",
                        "org.phaen.diagram",
                        "org.phaen.monitoring",
                        "org.phaen.reports",
                        "org.phaen.exchange",
                        "org.phaen.network",
                        "org.phaen.book",
                        "org.phaen.compare"),
                bundles);
    }

    @Test
    void helpListsEveryCommandUnderItsGroupInOrder() {
        String help = CliRun.of("--help").out();
        List<String> expected = List.of(
                "Plans:",
                "info",
                "validate",
                "new-plan",
                "diagram",
                "book",
                "diff",
                "merge",
                "Plan exchange:",
                "export",
                "from-json",
                "align",
                "import-workbook",
                "package",
                "receive",
                "Monitoring and reports:",
                "instruments",
                "import",
                "report",
                "publish",
                "region-report",
                "server",
                "Samples and the demo:",
                "demo",
                "generate-sample",
                "generate-collected",
                "generate-provinces",
                "Benchmarks:",
                "bench");
        List<String> listed = help.lines()
                .filter(l -> l.matches("\\S.*:|  [a-z].*"))
                .map(l -> l.startsWith(" ") ? l.strip().split("\\s+")[0] : l)
                .toList();
        assertEquals(expected, listed, help);
    }

    @Test
    void aCommandAnotherBundleRegistersIsListedAndRuns() {
        ServiceRegistration<CommandContribution> registration = CONTEXT.registerService(
                CommandContribution.class,
                () -> List.of(ContributedCommand.command(CommandGroup.PLANS, 15, Hello.class)),
                null);
        try {
            assertTrue(CliRun.of("--help").out().matches("(?s).*Plans:\\n  info .*\\n  hello-test .*\\n  validate .*"));
            CliRun run = CliRun.of("hello-test");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("hello", run.out().strip());
        } finally {
            registration.unregister();
        }
        assertEquals(2, CliRun.of("hello-test").exitCode());
    }

    @Test
    void twoCommandsOfOneNameAreRefused() {
        ServiceRegistration<CommandContribution> registration = CONTEXT.registerService(
                CommandContribution.class,
                () -> List.of(ContributedCommand.command(CommandGroup.PLANS, 15, OtherInfo.class)),
                null);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> CliRun.of("--help"));
            assertTrue(e.getMessage().contains("two commands claim 'phaen info'"), e.getMessage());
        } finally {
            registration.unregister();
        }
    }

    /** ./phaen runs plain Java on the jar and target/lib: the same commands must be found there, by ServiceLoader. */
    @Test
    void plainJavaFindsTheSameCommands() throws Exception {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"bench", "--help"})) {
            assertEquals(CliRun.of(args).out(), plainJava(args), String.join(" ", args));
        }
    }

    private static String plainJava(String... args) throws IOException, InterruptedException {
        Path target = Repository.path("bundles", "org.phaen.cli", "target");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(f -> f.getFileName().toString().matches("org\\.phaen\\.cli-.*\\.jar")
                            && !f.toString().contains("sources"))
                    .findFirst()
                    .orElseThrow();
        }
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                jar + java.io.File.pathSeparator + target.resolve("lib") + java.io.File.separator + "*",
                PhaenCli.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    @Command(name = "hello-test", description = "A command of another bundle.")
    static final class Hello implements Callable<Integer> {

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println("hello");
            return 0;
        }
    }

    @Command(name = "info")
    static final class OtherInfo {}
}
