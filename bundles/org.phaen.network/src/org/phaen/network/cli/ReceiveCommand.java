/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.monitoring.cli.StoreOptions;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.monitoring.store.ReceiveResult;
import org.phaen.network.packages.PackageReception;
import org.phaen.network.packages.PackageRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen receive PKG...}: offices' packages into the regional store, each checked whole and stored once. */
@Command(
        name = "receive",
        description =
                "Receive provincial offices' packages into the monitoring store: every hash checked, a changed, "
                        + "missing or extra entry refused with nothing imported; the same package twice counts once, a newer one of an office and period replaces the older.")
final class ReceiveCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PKG", description = "Packages (*.phaenpkg) made by phaen package.")
    List<Path> packages;

    @Mixin
    StoreOptions where;

    @Option(
            names = "--into",
            paramLabel = "DIR",
            description = "Copy each sender's own plan files here (beside the regional plan, for phaen region-report).")
    Path into;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (Path pkg : packages) {
            if (!Files.isRegularFile(pkg)) {
                throw new BadInputException(pkg + ": no such package", null);
            }
        }
        int failed = 0;
        try (MonitoringStore store = where.open(List.of(Path.of("region.phaen")))) {
            for (Path pkg : packages) {
                try {
                    PackageReception.Received received = PackageReception.receive(pkg, store, into);
                    failed += report(out, pkg, received);
                } catch (PackageRefusedException e) {
                    out.printf("refused %s, nothing imported: %s%n", pkg, e.getMessage());
                    failed++;
                }
                out.flush();
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static int report(PrintWriter out, Path pkg, PackageReception.Received received) {
        var m = received.manifest();
        ReceiveResult r = received.result();
        String what = m.officeCode() + " " + m.fiscalYear() + " " + m.period();
        switch (r.outcome()) {
            case RECEIVED -> out.printf("received %s: %s, %,d rows%n", pkg, what, r.rows());
            case REPLACED ->
                out.printf(
                        "received %s: %s, %,d rows, replacing the package made %s%n",
                        pkg, what, r.rows(), r.replaced());
            case ALREADY_RECEIVED -> out.printf("skipped %s: the same package of %s was received before%n", pkg, what);
            case OLDER ->
                out.printf(
                        "refused %s, nothing imported: a newer package of %s (made %s) is in force%n",
                        pkg, what, r.replaced());
            case REJECTED -> {
                out.printf("rejected %s, nothing imported:%n", pkg);
                r.errors().forEach(e -> out.println("  " + e));
            }
        }
        return r.outcome() == ReceiveResult.Outcome.OLDER || r.outcome() == ReceiveResult.Outcome.REJECTED ? 1 : 0;
    }
}
