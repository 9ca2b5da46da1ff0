/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.phaen.model.extension.Extensions;

/**
 * Finds the contributed commands through {@link Extensions}: with {@link ServiceLoader} in a plain Java program,
 * where every bundle is a jar on the class path, and inside OSGi also as services of type
 * {@link CommandContribution}. Command names must be unique under each parent.
 */
public final class Commands {

    private Commands() {}

    /** Every contributed command, by group and rank. */
    public static List<ContributedCommand> discover() {
        Map<String, ContributedCommand> byPath = new LinkedHashMap<>();
        for (CommandContribution contribution : Extensions.all(CommandContribution.class)) {
            for (ContributedCommand command : contribution.commands()) {
                String path = (command.parent() == null ? "" : command.parent() + " ") + command.name();
                ContributedCommand previous = byPath.putIfAbsent(path, command);
                if (previous != null && previous.type() != command.type()) {
                    throw new IllegalStateException("two commands claim 'phaen " + path + "': "
                            + previous.type().getName() + " and "
                            + command.type().getName());
                }
            }
        }
        List<ContributedCommand> commands = new ArrayList<>(byPath.values());
        // Equal ranks (two bundles that did not know of each other) are ordered by class name, so the listing does not
        // depend on whether ServiceLoader or the OSGi service registry found them first.
        commands.sort(Comparator.comparing(ContributedCommand::group)
                .thenComparingInt(ContributedCommand::rank)
                .thenComparing(c -> c.type().getName()));
        return commands;
    }
}
