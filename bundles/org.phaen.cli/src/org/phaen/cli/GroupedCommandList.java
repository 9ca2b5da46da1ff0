/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * {@code phaen --help}'s command list under the group headings. Picocli lays the list out (one column width for
 * all, descriptions wrapped); this inserts a heading wherever the group changes, the commands being added in
 * group order.
 */
final class GroupedCommandList implements CommandLine.IHelpSectionRenderer {

    private final Map<String, CommandGroup> groups = new HashMap<>();

    private GroupedCommandList(List<ContributedCommand> commands) {
        commands.stream().filter(c -> c.parent() == null).forEach(c -> groups.put(c.name(), c.group()));
    }

    static void install(CommandLine cli, List<ContributedCommand> commands) {
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
        cli.getHelpSectionMap()
                .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new GroupedCommandList(commands));
    }

    @Override
    public String render(Help help) {
        StringBuilder text = new StringBuilder();
        CommandGroup current = null;
        for (String line : help.commandList().split("\\R")) {
            // A command's first line starts with its name after the indent; its description continues on deeper lines.
            String name =
                    line.length() > 2 && line.charAt(2) != ' ' ? line.strip().split("\\s+")[0] : null;
            CommandGroup group = name == null ? current : groups.get(name);
            if (group != current) {
                text.append(String.format("%n%s:%n", group.heading()));
                current = group;
            }
            text.append(line).append(System.lineSeparator());
        }
        return text.toString();
    }
}
