/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.phaen.testing.Repository;

/**
 * Thai words in main code live in properties or data files beside the code that uses them, so every format says
 * the same thing and a translator finds it all in one place. This reads every hand-written source of the
 * repository's bundles (not the tests, not src-gen) and fails on a string or character literal holding a Thai
 * character, written as itself or as a unicode escape. Comments may be Thai. Only the generators of the sample
 * plans and of the sample collected data, whose Thai is data, are allowed.
 */
class ThaiLiteralsTest {

    /** An odd number of backslashes, then u (one or more) and a code point of the Thai block. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u+0[eE][0-7][0-9a-fA-F]");

    private static final Path BUNDLES = Repository.bundles();

    /** The sample generators: invented plans and answers, data rather than wording. */
    private static final Set<String> SAMPLE_GENERATORS = Set.of(
            "org.phaen.model/src/org/phaen/model/sample/SyntheticPlanGenerator.java",
            "org.phaen.model/src/org/phaen/model/sample/SyntheticProvince.java",
            "org.phaen.monitoring/src/org/phaen/monitoring/cli/collected/FilledWorkbook.java",
            "org.phaen.monitoring/src/org/phaen/monitoring/cli/collected/SampleAnswers.java");

    @Test
    void mainCodeHasNoThaiLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path source : mainSources()) {
            files++;
            String name = BUNDLES.relativize(source).toString().replace('\\', '/');
            if (!SAMPLE_GENERATORS.contains(name)) {
                JavaLiterals.of(Files.readString(source)).stream()
                        .filter(ThaiLiteralsTest::hasThai)
                        .forEach(literal -> found.add(name + ": " + literal));
            }
        }
        // A wrong root must not pass as "nothing to check".
        assertTrue(files > 500, "main sources found under " + BUNDLES.toAbsolutePath() + ": " + files);
        assertEquals(List.of(), found, "Thai literals in main code (move them to the bundle's properties)");
    }

    @Test
    void theSampleGeneratorsExistAndAreThai() throws IOException {
        for (String name : SAMPLE_GENERATORS) {
            Path source = BUNDLES.resolve(name);
            assertTrue(Files.isRegularFile(source), "allowed but missing: " + name);
            assertTrue(
                    JavaLiterals.of(Files.readString(source)).stream().anyMatch(ThaiLiteralsTest::hasThai),
                    "allowed but has no Thai literal, take it off the list: " + name);
        }
    }

    @Test
    void literalsAreFoundAndCommentsSkipped() {
        String code =
                "/* \"ไทย\" */ String a = \"x\\\"ก\"; // \"ข\"\nchar c = 'ค'; String e = \"\\u0E01\"; String t = \"\"\"\n  ง\n  \"\"\";";
        List<String> literals = JavaLiterals.of(code);
        assertEquals(List.of("\"x\\\"ก\"", "'ค'", "\"\\u0E01\"", "\"\"\"\n  ง\n  \"\"\""), literals);
        assertTrue(literals.stream().allMatch(ThaiLiteralsTest::hasThai));
        assertFalse(hasThai("\"abc \\u00e9\""));
        assertFalse(hasThai("\"[\\\\u0E01-\\\\u0E2E]\""), "a regex range, not a Thai character");
        assertTrue(hasThai("\"\\\\\\u0E01\""), "an escaped backslash, then a Thai character");
    }

    /**
     * A Thai character written as itself or as a unicode escape, which javac reads as the character; an escaped
     * backslash before the u ({@code "[\\\\u0E01-\\\\u0E2E]"}, a range for the regex engine) is no escape.
     */
    static boolean hasThai(String literal) {
        return literal.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F)
                || UNICODE_ESCAPE.matcher(literal).find();
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> all = Files.walk(BUNDLES)) {
            return all.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        String relative = BUNDLES.relativize(p).toString().replace('\\', '/');
                        String bundle = relative.substring(0, relative.indexOf('/'));
                        return !bundle.endsWith(".tests")
                                && !bundle.equals("org.phaen.testing")
                                && relative.startsWith(bundle + "/src/");
                    })
                    .sorted()
                    .toList();
        }
    }
}
