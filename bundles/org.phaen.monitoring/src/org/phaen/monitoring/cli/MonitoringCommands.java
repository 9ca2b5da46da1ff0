/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli;

import static org.phaen.cli.spi.ContributedCommand.benchmark;
import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** The monitoring store's commands: import, the shared server, example collected data and the store benchmark. */
public final class MonitoringCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(
                command(CommandGroup.MONITORING, 20, ImportCommand.class),
                command(CommandGroup.MONITORING, 50, ServerCommand.class),
                command(CommandGroup.SAMPLES, 30, GenerateCollectedCommand.class),
                benchmark(50, BenchStoreCommand.class));
    }
}
