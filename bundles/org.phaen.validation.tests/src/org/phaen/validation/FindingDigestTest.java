/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.Project;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.sample.SyntheticPlanGenerator;
import org.phaen.testing.Repository;
import org.phaen.testing.SamplePlans;

/**
 * The whole validation finds exactly what it found before it was made faster: every rule's findings on the synthetic
 * plan of {@code phaen bench validate} and on all sample plans, fingerprinted by {@link FindingDigests}, equal
 * {@code testdata/validation/finding-digests.properties} (written by the engine of main 9b963e7, before issue 19's
 * work on speed). A rule or sample changed on purpose changes its lines: the failure writes the new file to
 * {@code target/} to be checked and copied.
 */
class FindingDigestTest {

    private static final Path EXPECTED = Repository.path("testdata", "validation", "finding-digests.properties");

    @Test
    void theSyntheticPlanFindsWhatItFoundBefore() throws IOException {
        assertSameAsBefore("synthetic.", validateSynthetic());
    }

    @Test
    void theSamplePlansFindWhatTheyFoundBefore() throws Exception {
        assertSameAsBefore("samples.", PlanValidator.withAllRules().validate(samples()));
    }

    /** The fingerprint can fail: renaming one project changes the lines of the rules that report on it. */
    @Test
    void oneRenamedProjectChangesTheFingerprint() throws Exception {
        ResourceSet set = samples();
        Map<String, String> before =
                FindingDigests.of("", PlanValidator.withAllRules().validate(set));
        Project project = firstProjectOfAnActionPlan(set);
        project.setName(project.getName() + " (renamed)");
        Map<String, String> after =
                FindingDigests.of("", PlanValidator.withAllRules().validate(set));
        assertNotEquals(before, after);
        assertEquals(before.keySet(), after.keySet(), "the same rules still find something");
    }

    private static Project firstProjectOfAnActionPlan(ResourceSet set) {
        for (TreeIterator<Notifier> it = set.getAllContents(); it.hasNext(); ) {
            if (it.next() instanceof Project project && project.eContainer() instanceof ActionPlan) {
                return project;
            }
        }
        throw new AssertionError("no project in the samples");
    }

    private static ValidationReport validateSynthetic() {
        ResourceSet set = PlanFiles.newResourceSet();
        Resource resource = set.createResource(URI.createURI("memory:/synthetic.phaen"));
        resource.getContents().add(new SyntheticPlanGenerator().generate(77, 100));
        return PlanValidator.withAllRules().validate(List.of(resource), new RuleContext(set));
    }

    /** Every sample of models/, loaded into one set with its references resolved. */
    static ResourceSet samples() throws IOException {
        ResourceSet set = PlanFiles.newResourceSet();
        try (Stream<Path> files = Files.list(SamplePlans.models())) {
            files.filter(f -> f.toString().endsWith(".phaen"))
                    .sorted()
                    .forEach(f -> set.getResource(URI.createFileURI(f.toString()), true));
        }
        EcoreUtil.resolveAll(set);
        return set;
    }

    private static void assertSameAsBefore(String prefix, ValidationReport report) throws IOException {
        Map<String, String> actual = FindingDigests.of(prefix, report);
        Map<String, String> expected = expected(prefix);
        if (!expected.equals(actual)) {
            Path written =
                    Path.of("target", prefix + "finding-digests.properties").toAbsolutePath();
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                for (var line : actual.entrySet()) {
                    out.write(line.getKey() + " = " + line.getValue() + "\n");
                }
            }
            Map<String, String> differing = new TreeMap<>();
            expected.forEach((k, v) -> differing.put(k, v + " -> " + actual.getOrDefault(k, "none")));
            actual.forEach((k, v) -> differing.putIfAbsent(k, "none -> " + v));
            differing
                    .entrySet()
                    .removeIf(e -> expected.containsKey(e.getKey())
                            && expected.get(e.getKey()).equals(actual.get(e.getKey())));
            fail("findings differ from " + EXPECTED + " in " + differing + "; the new lines are in " + written);
        }
    }

    private static Map<String, String> expected(String prefix) throws IOException {
        Properties lines = new Properties();
        try (Reader in = Files.newBufferedReader(EXPECTED, StandardCharsets.UTF_8)) {
            lines.load(in);
        }
        Map<String, String> expected = new TreeMap<>();
        lines.forEach((k, v) -> {
            if (k.toString().startsWith(prefix)) {
                expected.put(k.toString(), v.toString());
            }
        });
        return expected;
    }
}
