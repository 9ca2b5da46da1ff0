/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

import java.nio.file.Path;
import java.util.List;
import org.phaen.model.MonitoringPlan;
import picocli.CommandLine.Option;

/** {@code --plan FILE... --fy YEAR}: the plans to load and the fiscal year whose monitoring plan a command works on. */
public final class MonitoredYear {

    @Option(
            names = "--plan",
            required = true,
            description = "Plan file(s); load related plans together, the monitored one last.")
    public List<Path> planFiles;

    @Option(names = "--fy", required = true, description = "Fiscal year in B.E., e.g. 2562.")
    public int fiscalYear;

    /** Loads the plans; the fiscal year's monitoring plan of the last one. */
    public MonitoringPlan load() throws BadInputException {
        return Loading.last(planFiles).getMonitoringPlans().stream()
                .filter(m -> m.getFiscalYear() == fiscalYear)
                .findFirst()
                .orElseThrow(() -> new BadInputException(
                        "the last plan given has no monitoring plan for fiscal year " + fiscalYear, null));
    }
}
