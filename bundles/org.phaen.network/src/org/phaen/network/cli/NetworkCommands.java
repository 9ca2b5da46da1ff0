/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.cli;

import static org.phaen.cli.spi.ContributedCommand.benchmark;
import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** The regional network: the provincial samples, packages between provinces and the region, the regional view. */
public final class NetworkCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(
                command(CommandGroup.EXCHANGE, 40, PackageCommand.class),
                command(CommandGroup.EXCHANGE, 50, ReceiveCommand.class),
                command(CommandGroup.MONITORING, 45, RegionReportCommand.class),
                command(CommandGroup.SAMPLES, 40, GenerateProvincesCommand.class),
                benchmark(70, BenchExchangeCommand.class));
    }
}
