/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.phaen.cli.spi.ContributedCommand;

/**
 * The commands a run needs. Picocli builds a command's whole model (every option, by reflection, and an instance) when
 * it is added, which for all commands costs more than a short command's own work (see README, "The command line's
 * start"). When the first words name a command (and a subcommand of it), only that one is added; for help, a typo or
 * no command, all of them, so the listing and picocli's suggestions are whole.
 */
final class NamedCommands {

    private NamedCommands() {}

    static List<ContributedCommand> of(List<ContributedCommand> commands, String... args) {
        List<ContributedCommand> top = named(commands, null, word(args, 0));
        if (top.isEmpty()) {
            return commands;
        }
        String parent = top.getFirst().name();
        List<ContributedCommand> children = named(commands, parent, null);
        List<ContributedCommand> child = named(children, parent, word(args, 1));
        List<ContributedCommand> needed = new ArrayList<>(top);
        needed.addAll(child.isEmpty() ? children : child);
        return needed;
    }

    /** The commands under {@code parent} (null: top level) called {@code name} (null: any name). */
    private static List<ContributedCommand> named(List<ContributedCommand> commands, String parent, String name) {
        return commands.stream()
                .filter(c -> Objects.equals(c.parent(), parent))
                .filter(c -> name == null || c.name().equals(name))
                .toList();
    }

    /** The argument at {@code index} if it can be a command's name (no option), else a name no command has. */
    private static String word(String[] args, int index) {
        return index < args.length && !args[index].startsWith("-") ? args[index] : "-";
    }
}
