/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.cli.spi.Commands;
import org.phaen.cli.spi.ContributedCommand;

/** A run builds only the command its first words name; help, typos and bare parents still see every command. */
class NamedCommandsTest {

    private static final List<ContributedCommand> ALL = Commands.discover();

    @Test
    void aCommandNamedFirstIsTheOnlyOneBuilt() {
        assertEquals(List.of("diff"), paths("diff", "old.phaen", "new.phaen"));
        assertEquals(List.of("validate"), paths("validate", "--format", "json", "plan.phaen"));
        assertEquals(List.of("bench", "bench diff"), paths("bench", "diff", "--keep", "dir"));
    }

    @Test
    void helpATypoOrAParentAloneGetEveryCommand() {
        assertEquals(ALL.size(), NamedCommands.of(ALL).size());
        assertEquals(ALL.size(), NamedCommands.of(ALL, "--help").size());
        assertEquals(ALL.size(), NamedCommands.of(ALL, "dif", "a", "b").size());
        List<String> bench = paths("bench");
        List<String> benchTypo = paths("bench", "dif");
        assertEquals(bench, benchTypo);
        assertTrue(bench.size() > 5 && bench.stream().allMatch(p -> p.startsWith("bench")), bench.toString());
        assertEquals(ALL.stream().filter(c -> "bench".equals(c.parent())).count() + 1, bench.size());
    }

    @Test
    void theCommandLineBuiltForOneCommandRunsItAndExplainsItself() {
        CliRun help = CliRun.of("diff", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: phaen diff"), help.out());
        CliRun bench = CliRun.of("bench", "diff", "--help");
        assertTrue(bench.out().startsWith("Usage: phaen bench diff"), bench.out());
        CliRun typo = CliRun.of("bench", "dif");
        assertEquals(PhaenCli.BAD_INPUT, typo.exitCode());
        assertTrue(typo.err().contains("'dif'"), typo.err());
    }

    private static List<String> paths(String... args) {
        return NamedCommands.of(ALL, args).stream()
                .map(c -> (c.parent() == null ? "" : c.parent() + " ") + c.name())
                .toList();
    }
}
