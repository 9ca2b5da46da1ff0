/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.cli.spi.Choices;
import org.phaen.cli.spi.Loading;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.Language;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.RuleContext;
import org.phaen.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen validate FILE...}: the plan checked as a reviewing committee would; exit 1 on errors. */
@Command(
        name = "validate",
        description = "Check plan files against the validation rules. Exit 0: no errors, 1: errors, 2: bad input.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Plan files (*.phaen); files they refer to are loaded as context.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Language of messages: th or en (default ${DEFAULT-VALUE}).")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReportFormat reportFormat = Choices.of(ReportFormat.class, format, "--format");
        Language language = Choices.of(Language.class, lang, "--lang");
        ResourceSet set = PlanFiles.newResourceSet();
        List<PlanModel> models = Loading.loadAll(set, files);
        List<Resource> resources = new ArrayList<>();
        Map<String, Map<String, Integer>> lines = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            Resource resource = models.get(i).eResource();
            resources.add(resource);
            String name = resource.getURI().lastSegment();
            lines.put(name, org.phaen.validation.cli.ElementLines.of(files.get(i)));
            paths.put(name, files.get(i).toString());
        }
        PlanValidator validator = PlanValidator.withAllRules();
        ValidationReport report = validator.validate(resources, new RuleContext(set));
        reportFormat.write(
                new ReportFormat.Input(report, validator.rules(), language, lines, paths),
                spec.commandLine().getOut());
        return report.hasErrors() ? 1 : 0;
    }
}
