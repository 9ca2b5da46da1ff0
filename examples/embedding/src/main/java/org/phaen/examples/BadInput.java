package org.phaen.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.resource.LoadReport;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;
import org.phaen.model.resource.PlanSaveRefusedException;

/** Feeds the library bad input and shows what an integrator gets: a kind to switch on and a message in plain words. */
final class BadInput {

    private BadInput() {
    }

    static void run(Path work) throws Exception {
        System.out.println("== bad input");
        Path bad = Files.createDirectories(work.resolve("bad"));
        String regional = Files.readString(work.resolve(ReadingPlans.REGIONAL), StandardCharsets.UTF_8);
        byte[] bytes = regional.getBytes(StandardCharsets.UTF_8);
        tryLoad(Files.writeString(bad.resolve("typo.phaen"), regional.replaceFirst(" name=\"", " nmae=\""), StandardCharsets.UTF_8));
        tryLoad(Files.write(bad.resolve("cut.phaen"), Arrays.copyOf(bytes, bytes.length / 2)));
        tryLoad(Files.writeString(bad.resolve("notes.phaen"), "meeting notes, not a plan\n"));
        tryLoad(Files.write(bad.resolve("plan.xml"), bytes));
        tryLoad(bad.resolve("missing.phaen"));

        // The provincial plan without the regional file beside it: it loads, and the report lists the broken links.
        Path alone = Files.copy(work.resolve(ReadingPlans.PROVINCIAL), bad.resolve(ReadingPlans.PROVINCIAL),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadReport report = PlanFiles.loadAndCheckLinks(PlanFiles.newResourceSet(), alone);
        System.out.printf("%s alone: %d links lead nowhere, e.g. .%s -> %s: %s%n", alone.getFileName(), report.unresolvedLinks().size(),
                report.unresolvedLinks().get(0).feature(), report.unresolvedLinks().get(0).target().replaceFirst("#.*", "#..."),
                report.unresolvedLinks().get(0).reason());

        // A project pointing at a strategy that is in no file would be lost on saving: the save is refused, nothing written.
        PlanModel model = PlanFiles.load(PlanFiles.newResourceSet(), work.resolve("example-agency-2562.phaen"));
        Project project = (Project) model.getPlans().get(0).eContents().get(0);
        project.getImplementsStrategies().add(PhaenFactory.eINSTANCE.createStrategy());
        try {
            PlanFiles.save(model);
        } catch (PlanSaveRefusedException refused) {
            System.out.println("save refused: " + refused.getProblems().get(0));
        }
    }

    private static void tryLoad(Path file) {
        try {
            PlanFiles.load(PlanFiles.newResourceSet(), file);
            System.out.println(file.getFileName() + ": loaded");
        } catch (PlanLoadException e) {
            String advice = switch (e.getKind()) {
                case NOT_FOUND, NOT_READABLE -> "check the path";
                case UNKNOWN_EXTENSION -> "rename it to *.phaen";
                case TRUNCATED -> "restore it from its .bak";
                case NEWER_VERSION -> "update Phaen";
                case UNKNOWN_CONTENT, MALFORMED, DUPLICATE_UUID -> "fix the line named";
                default -> "not a plan: skip it";
            };
            System.out.printf("%s [%s, %s]%n", e.getMessage().replace(file.getParent() + "/", ""), e.getKind(), advice);
        }
    }
}
