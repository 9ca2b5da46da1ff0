/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.Test;
import org.phaen.model.BudgetLine;
import org.phaen.model.PhaenPackage;
import org.phaen.model.StrategicIssue;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.editor.WholeValidation;

/** Validation in the Problems view: markers on open, an error planted by an edit appears, its quick fix repairs it. */
class ProblemsTest extends SampleEditorTest {

    private List<IMarker> markers(String rule) throws Exception {
        IFile file = ((IFileEditorInput) editor.getEditorInput()).getFile();
        return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
                .filter(m -> rule == null || rule.equals(m.getAttribute(ProblemMarkers.RULE, "")))
                .toList();
    }

    @Test
    void aPlantedErrorShowsAndItsQuickFixRepairsIt() throws Exception {
        openSample();
        assertEquals(2, markers("PH-PDP-001").size(), "the provincial sample's two PH-PDP-001 warnings");
        assertEquals(
                5,
                markers("PH-EMN-003").size(),
                "the five projects without a responsible person, which eMENSCR requires");
        assertEquals(
                5,
                markers(null).stream()
                        .filter(m -> m.getAttribute(ProblemMarkers.RULE, "").startsWith("PH-EMN-"))
                        .count(),
                "no other PH-EMN warning: the 14 projects carry the eMENSCR fields of model 1.1");
        assertTrue(
                markers(null).stream().allMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING));

        BudgetLine line = firstLine(editor);
        var domain = editor.getEditingDomain();
        domain.getCommandStack()
                .execute(SetCommand.create(
                        domain, line, PhaenPackage.Literals.BUDGET_LINE__AMOUNT, new BigDecimal("1234.567")));
        TestWorkbench.settle();
        List<IMarker> planted = markers("PH-BUD-002");
        assertEquals(1, planted.size(), "the edit was validated live");
        assertEquals(IMarker.SEVERITY_ERROR, planted.get(0).getAttribute(IMarker.SEVERITY, -1));
        assertEquals(line.getUuid(), planted.get(0).getAttribute(ProblemMarkers.ELEMENT, ""));

        QuickFixes fixes = new QuickFixes();
        assertTrue(fixes.hasResolutions(planted.get(0)));
        IMarkerResolution fix = fixes.getResolutions(planted.get(0))[0];
        fix.run(planted.get(0));
        TestWorkbench.settle();
        assertEquals(new BigDecimal("1234.57"), line.getAmount());
        assertEquals(List.of(), markers("PH-BUD-002"), "the fixed finding is gone");

        domain.getCommandStack().undo();
        TestWorkbench.settle();
        assertEquals(new BigDecimal("1234.567"), line.getAmount(), "a quick fix is undoable like any edit");
    }

    /**
     * The whole validation runs in the background: held back here (the job manager suspended), the opened editor
     * takes an edit meanwhile; the validation then runs over the edited plan, and when an undo comes before its
     * findings are taken, they are thrown away and the plan validated again.
     */
    @Test
    void theEditorTakesEditsWhileTheWholeValidationRuns() throws Exception {
        Path plan = TestWorkbench.copySample(dir);
        IJobManager jobs = Job.getJobManager();
        jobs.suspend();
        BudgetLine line;
        BigDecimal before;
        try {
            editor = TestWorkbench.openDrawn(plan);
            assertEquals(1, jobs.find(WholeValidation.FAMILY).length, "the whole validation waits");
            assertEquals(List.of(), markers(null), "no finding before the validation ran");
            line = firstLine(editor);
            before = line.getAmount();
            var domain = editor.getEditingDomain();
            domain.getCommandStack()
                    .execute(SetCommand.create(
                            domain, line, PhaenPackage.Literals.BUDGET_LINE__AMOUNT, new BigDecimal("1234.567")));
            TestWorkbench.settle();
            assertEquals(new BigDecimal("1234.567"), line.getAmount(), "the edit was taken");
            assertTrue(editor.isDirty());
        } finally {
            jobs.resume();
        }
        jobs.join(WholeValidation.FAMILY, null); // it ran over the edited plan; its findings are not yet taken
        editor.getEditingDomain().getCommandStack().undo();
        TestWorkbench.validated();
        assertEquals(before, line.getAmount(), "undone");
        assertEquals(List.of(), markers("PH-BUD-002"), "the findings made before the undo were thrown away");
        assertEquals(2, markers("PH-PDP-001").size(), "the validation run again filled the Problems view");

        editor.getEditingDomain().getCommandStack().redo();
        TestWorkbench.settle();
        assertEquals(1, markers("PH-BUD-002").size(), "edits are validated live once the whole validation is in");
    }

    @Test
    void aDuplicateCodeGetsAUniqueOne() throws Exception {
        openSample();
        List<StrategicIssue> issues = org.eclipse.emf.ecore.util.EcoreUtil.<StrategicIssue>getObjectsByType(
                        all(editor), PhaenPackage.Literals.STRATEGIC_ISSUE)
                .stream()
                .toList();
        var domain = editor.getEditingDomain();
        domain.getCommandStack()
                .execute(SetCommand.create(
                        domain,
                        issues.get(1),
                        PhaenPackage.Literals.NAMED__CODE,
                        issues.get(0).getCode()));
        TestWorkbench.settle();
        List<IMarker> clashes = markers("PH-IDN-001");
        assertTrue(!clashes.isEmpty(), "the clash is reported");
        new QuickFixes().getResolutions(clashes.get(0))[0].run(clashes.get(0));
        TestWorkbench.settle();
        assertTrue(
                !issues.get(0).getCode().equals(issues.get(1).getCode()),
                issues.get(0).getCode() + " / " + issues.get(1).getCode());
        assertEquals(List.of(), markers("PH-IDN-001"));
    }

    private static BudgetLine firstLine(PlanEditor editor) {
        return (BudgetLine)
                org.eclipse.emf.ecore.util.EcoreUtil.getObjectsByType(all(editor), PhaenPackage.Literals.BUDGET_LINE)
                        .iterator()
                        .next();
    }

    private static List<Object> all(PlanEditor editor) {
        List<Object> all = new java.util.ArrayList<>();
        editor.openPlan().model().eAllContents().forEachRemaining(all::add);
        return all;
    }
}
