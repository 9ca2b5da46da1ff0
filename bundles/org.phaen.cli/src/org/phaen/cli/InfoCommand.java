/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.cli.spi.Loading;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.trace.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen info FILE...}: what a plan holds, which fiscal years it covers, how well it is aligned. */
@Command(name = "info", description = "Counts by element kind, fiscal years and alignment coverage of plan files.")
final class InfoCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Plan files (*.phaen); load related plans together to resolve cross-file alignment.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        List<PlanModel> models = Loading.loadAll(set, files);
        EcoreUtil.resolveAll(set);
        var out = spec.commandLine().getOut();
        for (int i = 0; i < models.size(); i++) {
            out.println(new PlanSummary(models.get(i)).render(files.get(i).toString()));
        }
        return 0;
    }
}
