/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaen.compare.edit.ChangeCopy;
import org.phaen.compare.edit.CopyDirection;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

/**
 * Copying differences one by one, each as one command on an editing domain's stack (what Compare With does): on seeded
 * random edit scripts of the sample plans (values, links, additions, deletions, moves, and a reversed list), every
 * copy takes its difference away, copying them all in either direction leaves no difference, and undoing every
 * command gives the destination back exactly as it was.
 */
class ChangeCopyPropertyTest {

    static Stream<Arguments> seeds() {
        return Stream.of(CopyDirection.values())
                .flatMap(direction -> Stream.of(SamplePlans.PROVINCE, SamplePlans.REGION)
                        .flatMap(sample -> Stream.iterate(1L, seed -> seed + 1)
                                .limit(5)
                                .map(seed -> Arguments.of(direction, sample, seed))));
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("seeds")
    void copyingEveryDifferenceLeavesNoneAndUndoingRestores(CopyDirection direction, String sample, long seed)
            throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        AdapterFactoryEditingDomain domain =
                new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(), set);
        PlanModel old = PlanFiles.load(set, SamplePlans.file(sample));
        // The edited version beside the sample (never written there), so its links to the region read as the sample's
        // do.
        PlanModel edited = PlanFiles.loadAs(set, SamplePlans.file(sample), SamplePlans.file("edited-" + sample));
        new EditScripts(edited, new Random(seed)).make(20);
        StrategicPlan plan = (StrategicPlan) edited.getPlans().get(0);
        new Edit.Reverse(plan.getUuid(), "strategicIssues").apply(PlanIndex.of(edited));

        PlanModel destination = direction == CopyDirection.NEW_TO_OLD ? old : edited;
        PlanModel before = EcoreUtil.copy(destination);
        List<String> differencesBefore = text(PlanDiff.compare(old, edited));
        CommandStack stack = domain.getCommandStack();
        int copies = 0;
        for (PlanComparison comparison = PlanDiff.compare(old, edited);
                !comparison.isEmpty();
                comparison = PlanDiff.compare(old, edited)) {
            PlanComparison now = comparison;
            Difference difference = now.differences().stream()
                    .filter(d -> ChangeCopy.create(domain, now, d, direction, Words.ENGLISH)
                            .canExecute())
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError("none of these can be copied:\n" + String.join("\n", text(now))));
            Command copy = ChangeCopy.create(domain, now, difference, direction, Words.ENGLISH);
            assertEquals("Copy change", copy.getLabel());
            stack.execute(copy);
            assertFalse(
                    PlanDiff.compare(old, edited).differences().stream().anyMatch(d -> same(d, difference)),
                    () -> "still there after copying: " + String.join("\n", text(now)));
            assertTrue(++copies <= differencesBefore.size() * 2, "copies end");
        }
        assertTrue(copies >= 20, "every difference copied: " + copies);

        for (int i = 0; i < copies; i++) {
            stack.undo();
        }
        assertFalse(stack.canUndo(), "one command per copy");
        PlanComparison restored = PlanDiff.compare(before, destination);
        assertTrue(restored.isEmpty(), () -> String.join("\n", text(restored)));
        assertEquals(differencesBefore, text(PlanDiff.compare(old, edited)));
    }

    private static boolean same(Difference a, Difference b) {
        return a.kind() == b.kind()
                && a.uuid().equals(b.uuid())
                && (!(a instanceof Difference.Changed c) || c.feature() == ((Difference.Changed) b).feature());
    }

    private static List<String> text(PlanComparison comparison) {
        return new DiffText(Words.ENGLISH).lines(comparison);
    }
}
