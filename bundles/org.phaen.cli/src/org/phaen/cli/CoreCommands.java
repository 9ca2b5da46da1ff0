/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.phaen.cli.spi.ContributedCommand.benchmark;
import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** The commands that need no capability bundle: plan summaries, samples, the demo and the benchmarks' parent. */
public final class CoreCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(
                command(CommandGroup.PLANS, 10, InfoCommand.class),
                command(CommandGroup.SAMPLES, 10, DemoCommand.class),
                command(CommandGroup.SAMPLES, 20, GenerateSampleCommand.class),
                command(CommandGroup.BENCHMARKS, 10, BenchCommand.class),
                benchmark(10, BenchLoadCommand.class));
    }
}
