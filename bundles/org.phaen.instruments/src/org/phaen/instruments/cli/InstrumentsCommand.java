/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Loading;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.OutputFiles;
import org.phaen.instruments.PublicInstruments;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.instruments.generate.GenerationResult;
import org.phaen.instruments.generate.InstrumentGenerator;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen instruments FILE --fy 2562 --out DIR}: generate the fiscal year's evaluation instruments and write them out. */
@Command(
        name = "instruments",
        description =
                "Generate evaluation instruments of a fiscal year from a plan and write them in the given formats.")
final class InstrumentsCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The plan file holding the action plan and its monitoring plan.")
    Path file;

    @Option(names = "--fy", required = true, description = "Fiscal year in B.E., e.g. 2562.")
    int fiscalYear;

    @Option(
            names = "--scope",
            description =
                    "action-plan:CODE, project:CODE or indicators:CODE,CODE,... (default: every action plan of the year).")
    String scope;

    @Option(names = "--kinds", split = ",", description = "Instrument kinds (default: all): ${COMPLETION-CANDIDATES}.")
    Set<InstrumentKind> kinds = EnumSet.copyOf(InstrumentGenerator.kinds());

    @Option(
            names = "--formats",
            split = ",",
            defaultValue = "html",
            description = "Output formats, comma-separated, or all (default ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for the documents (created if missing).")
    Path out;

    @Option(
            names = "--update-model",
            description = "Save the generated instruments into FILE (safe save), so planners can edit them.")
    boolean updateModel;

    @Option(names = "--thai-numerals", description = "Thai digits in dates and numbers.")
    boolean thaiNumerals;

    @Option(
            names = "--public",
            description =
                    "Redact the personal data of people who have not consented in every instrument (the satisfaction survey always is).")
    boolean allPublic;

    @Option(
            names = "--bilingual",
            description =
                    "Printed forms (DOCX, PDF) repeat every label and choice in English under the Thai (default: Thai only).")
    boolean bilingual;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        List<InstrumentRenderer> renderers = renderers();
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel model = Loading.loadAll(set, List.of(file)).get(0);
        MonitoringPlan monitoring = ScopeChoice.monitoringPlan(model, fiscalYear, console);
        List<InstrumentScope> scopes = ScopeChoice.parse(model, fiscalYear, scope);
        List<EvaluationInstrument> instruments = new ArrayList<>();
        for (InstrumentScope chosen : scopes) {
            GenerationResult result = new InstrumentGenerator().generate(monitoring, chosen, kinds);
            result.warnings().forEach(w -> console.println("warning: " + w));
            instruments.addAll(result.instruments());
        }
        Files.createDirectories(out);
        RenderOptions options = new RenderOptions(thaiNumerals, java.time.LocalDate.now(), bilingual);
        PublicInstruments audience = PublicInstruments.of(model, allPublic);
        int total = instruments.size() * renderers.size();
        int done = 0;
        for (EvaluationInstrument instrument : instruments) {
            EvaluationInstrument shown = audience.forRendering(instrument);
            for (InstrumentRenderer renderer : renderers) {
                Path target = OutputFiles.inside(out, instrument.getCode(), renderer.fileExtension());
                try (OutputStream stream = Files.newOutputStream(target)) {
                    renderer.render(shown, options, stream);
                }
                console.printf("[%d/%d] %s%n", ++done, total, target);
            }
        }
        if (updateModel) {
            PlanFiles.save(model);
            console.println("saved the instruments into " + file);
        }
        console.printf("%d instruments, %d documents in %s%n", instruments.size(), done, out);
        return 0;
    }

    private List<InstrumentRenderer> renderers() throws BadInputException {
        Map<String, InstrumentRenderer> available = Renderers.available();
        List<InstrumentRenderer> chosen = new ArrayList<>();
        if (formats.stream().anyMatch(f -> f.trim().equalsIgnoreCase("all"))) {
            return new ArrayList<>(available.values());
        }
        for (String format : formats) {
            InstrumentRenderer renderer = available.get(format.trim().toLowerCase());
            if (renderer == null) {
                throw new BadInputException(
                        "unknown format '" + format + "'; available: " + String.join(", ", available.keySet()), null);
            }
            chosen.add(renderer);
        }
        return chosen;
    }
}
