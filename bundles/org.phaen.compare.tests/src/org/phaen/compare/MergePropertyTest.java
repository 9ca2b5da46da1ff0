/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.phaen.model.PlanModel;
import org.phaen.testing.SamplePlans;

/**
 * Properties of comparing and merging, on seeded random edit scripts of the sample plans: the comparison lists
 * exactly the edits made; two disjoint scripts merge into what applying both gives; overlapping ones report every
 * conflict planted, and a preferred side gives what applying my script and then theirs gives, without the other
 * side's half of each conflict.
 */
class MergePropertyTest {

    static Stream<Arguments> seeds() {
        return Stream.of(SamplePlans.PROVINCE, SamplePlans.REGION)
                .flatMap(sample ->
                        Stream.iterate(1L, seed -> seed + 1).limit(12).map(seed -> Arguments.of(sample, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void comparisonListsExactlyTheEdits(String sample, long seed) throws Exception {
        PlanModel original = SamplePlans.load(sample), edited = SamplePlans.load(sample);
        List<Edit> edits = new EditScripts(edited, new Random(seed)).make(30);
        assertEquals(30, edits.size(), "edits made");
        Set<String> expected = edits.stream()
                .map(e -> e.kind() + " " + e.uuid() + " " + e.feature())
                .collect(Collectors.toCollection(TreeSet::new));
        PlanComparison comparison = PlanDiff.compare(original, edited);
        Set<String> found = new TreeSet<>();
        for (Difference d : comparison.differences()) {
            found.add(d.kind() + " " + d.uuid() + " "
                    + (d instanceof Difference.Changed c ? c.feature().getName() : null));
        }
        assertEquals(expected, found, String.join("\n", new DiffText(Words.ENGLISH).lines(comparison)));
        assertEquals(edits.size(), comparison.differences().size(), "one difference per edit");
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void disjointScriptsMergeIntoBothApplied(String sample, long seed) throws Exception {
        List<Edit> edits = new EditScripts(SamplePlans.load(sample), new Random(seed)).make(30);
        List<Edit> mine = every(edits, 0), theirs = every(edits, 1);
        MergeResult result =
                ThreeWayMerge.merge(SamplePlans.load(sample), applied(sample, mine), applied(sample, theirs), null);
        assertTrue(result.conflicts().isEmpty(), () -> describe(result.conflicts()));
        PlanComparison rest = PlanDiff.compare(applied(sample, mine, theirs), result.merged());
        assertTrue(rest.isEmpty(), () -> String.join("\n", new DiffText(Words.ENGLISH).lines(rest)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void overlappingScriptsReportTheirConflicts(String sample, long seed) throws Exception {
        Random random = new Random(seed);
        PlanModel work = SamplePlans.load(sample);
        EditScripts scripts = new EditScripts(work, random);
        List<Edit> disjoint = scripts.make(10);
        ConflictPairs planter = new ConflictPairs(SamplePlans.load(sample), scripts, random);
        List<ConflictPairs.Pair> pairs = new ArrayList<>();
        for (Conflict.Kind kind : Conflict.Kind.values()) {
            ConflictPairs.Pair pair = null;
            for (int attempt = 0; pair == null && attempt < 500; attempt++) {
                pair = planter.plant(kind);
            }
            assertNotNull(pair, "a place for a " + kind + " conflict");
            pairs.add(pair);
        }
        List<Edit> mine = concat(
                every(disjoint, 0), pairs.stream().map(ConflictPairs.Pair::mine).toList());
        List<Edit> theirs = concat(
                every(disjoint, 1),
                pairs.stream().map(ConflictPairs.Pair::theirs).toList());
        Set<String> planted =
                pairs.stream().map(p -> p.kind() + " " + p.uuid()).collect(Collectors.toCollection(TreeSet::new));

        MergeResult refused =
                ThreeWayMerge.merge(SamplePlans.load(sample), applied(sample, mine), applied(sample, theirs), null);
        assertNull(refused.merged(), "no plan while conflicts stand");
        assertEquals(planted, kindsAndElements(refused.conflicts()), describe(refused.conflicts()));

        for (Side side : Side.values()) {
            MergeResult chosen =
                    ThreeWayMerge.merge(SamplePlans.load(sample), applied(sample, mine), applied(sample, theirs), side);
            assertEquals(planted, kindsAndElements(chosen.conflicts()), "every choice listed");
            // Mine's script, then theirs, without the other side's half of each conflict (appends keep that order).
            List<Edit> mineKept = side == Side.MINE ? mine : every(disjoint, 0);
            List<Edit> theirsKept = side == Side.THEIRS ? theirs : every(disjoint, 1);
            PlanModel expected = applied(sample, mineKept, theirsKept);
            PlanComparison rest = PlanDiff.compare(expected, chosen.merged());
            assertTrue(rest.isEmpty(), () -> side + ":\n" + String.join("\n", new DiffText(Words.ENGLISH).lines(rest)));
        }
    }

    private static Set<String> kindsAndElements(List<Conflict> conflicts) {
        return conflicts.stream().map(c -> c.kind() + " " + c.uuid()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(List<Conflict> conflicts) {
        ConflictText text = new ConflictText(Words.ENGLISH);
        return conflicts.stream().map(text::describe).collect(Collectors.joining("\n"));
    }

    @SafeVarargs
    private static PlanModel applied(String sample, List<Edit>... scripts) throws Exception {
        PlanModel plan = SamplePlans.load(sample);
        for (List<Edit> script : scripts) {
            for (Edit edit : script) {
                edit.apply(PlanIndex.of(plan));
            }
        }
        return plan;
    }

    private static List<Edit> every(List<Edit> edits, int offset) {
        List<Edit> half = new ArrayList<>();
        for (int i = offset; i < edits.size(); i += 2) {
            half.add(edits.get(i));
        }
        return half;
    }

    private static List<Edit> concat(List<Edit> a, List<Edit> b) {
        List<Edit> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
