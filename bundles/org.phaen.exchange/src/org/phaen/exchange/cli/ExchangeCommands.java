/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.cli;

import static org.phaen.cli.spi.ContributedCommand.benchmark;
import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** Plans in and out: JSON, the alignment sheet, the plan workbook (and its benchmark), the eMENSCR sheet, and a new plan aligned to a higher one. */
public final class ExchangeCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(
                command(CommandGroup.PLANS, 30, NewPlanCommand.class),
                command(CommandGroup.EXCHANGE, 10, ExportCommand.class),
                command(CommandGroup.EXCHANGE, 20, FromJsonCommand.class),
                command(CommandGroup.EXCHANGE, 30, AlignCommand.class),
                command(CommandGroup.EXCHANGE, 35, ImportWorkbookCommand.class),
                benchmark(65, BenchWorkbookCommand.class));
    }
}
