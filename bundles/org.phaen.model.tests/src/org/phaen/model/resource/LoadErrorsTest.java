/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.resource.PlanLoadException.Kind;
import org.phaen.testing.SamplePlans;
import org.phaen.testing.TestPlans;

/** Broken plan files are reported in plain words, with their kind, file and line (issues 20 and 21). */
class LoadErrorsTest {

    private static final Path MODELS = SamplePlans.models();

    @TempDir
    Path dir;

    @Test
    void aTypoInAnAttributeIsNamedWithItsLine() throws Exception {
        Path file = sample("region17-2562.phaen", text -> text.replaceFirst(" name=\"", " nmae=\""));
        PlanLoadException e = failure(file);
        assertEquals(Kind.UNKNOWN_CONTENT, e.getKind(), e.getMessage());
        assertTrue(e.getMessage().contains("'nmae'"), e.getMessage());
        assertEquals(lineOfTagEnd(file, "nmae=\""), e.getLine(), e.getMessage());
        // The shared name cache is not poisoned: a second load says the same, a good file still loads, and unknown
        // names are not kept (a hostile file full of invented names cannot grow the JVM-wide cache).
        Map<?, ?> cache =
                (Map<?, ?>) PhaenResourceOptions.loadOptions().get(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP);
        assertNotNull(PlanFiles.load(PlanFiles.newResourceSet(), MODELS.resolve("region17-2562.phaen")));
        int known = cache.size();
        assertEquals(e.getMessage(), failure(file).getMessage());
        assertEquals(known, cache.size());
    }

    @Test
    void aTypoInAnElementIsNamedWithItsLine() throws Exception {
        Path file = sample(
                "region17-2562.phaen", text -> text.replaceFirst("(?s)<goals (.*?)</goals>", "<goalz $1</goalz>"));
        PlanLoadException e = failure(file);
        assertEquals(Kind.UNKNOWN_CONTENT, e.getKind(), e.getMessage());
        assertTrue(e.getMessage().contains("'goalz'"), e.getMessage());
        assertEquals(lineOfTagEnd(file, "<goalz "), e.getLine(), e.getMessage());
    }

    @Test
    void aDuplicateUuidNamesBothElements() throws Exception {
        Path file = sample("region17-2562.phaen", text -> {
            Matcher uuids = Pattern.compile("<goals uuid=\"([^\"]+)\"").matcher(text);
            assertTrue(uuids.find());
            String first = uuids.group(1);
            assertTrue(uuids.find());
            return text.replace("<goals uuid=\"" + uuids.group(1) + "\"", "<goals uuid=\"" + first + "\"");
        });
        PlanLoadException e = failure(file);
        assertEquals(Kind.DUPLICATE_UUID, e.getKind(), e.getMessage());
        assertTrue(e.getMessage().contains("R17-G1.1") && e.getMessage().contains("R17-G1.2"), e.getMessage());
        assertTrue(e.getLine() > 0, e.getMessage());
    }

    @Test
    void aPlanUnderAnotherExtensionGetsAClearError() throws Exception {
        Path file = Files.copy(MODELS.resolve("region17-2562.phaen"), dir.resolve("plan.xml"));
        PlanLoadException e = failure(file);
        assertEquals(Kind.UNKNOWN_EXTENSION, e.getKind());
        assertTrue(e.getMessage().contains(".phaen"), e.getMessage());
        PlanSaveRefusedException refused = assertThrows(
                PlanSaveRefusedException.class,
                () -> PlanFiles.saveAs(
                        TestPlans.regional(PlanFiles.newResourceSet(), dir.resolve("a.phaen")),
                        PlanFiles.newResourceSet(),
                        dir.resolve("b.xml")));
        assertTrue(refused.getMessage().contains("*.phaen"), refused.getMessage());
    }

    @Test
    void aTruncatedFileIsSaidToBeCutShort() throws Exception {
        byte[] whole = Files.readAllBytes(MODELS.resolve("region17-2562.phaen"));
        Path file = Files.write(dir.resolve("cut.phaen"), java.util.Arrays.copyOf(whole, whole.length / 3));
        PlanLoadException e = failure(file);
        assertEquals(Kind.TRUNCATED, e.getKind(), e.getMessage());
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
        assertFalse(e.getMessage().contains("same entity"), "the parser's own words: " + e.getMessage());
        assertTrue(e.getLine() > 1, e.getMessage());

        // Cut in the middle of a Thai character (three bytes in UTF-8): the decoder fails before the parser does.
        int thai = new String(whole, StandardCharsets.UTF_8).indexOf('แ');
        int cutAt = new String(whole, StandardCharsets.UTF_8).substring(0, thai).getBytes(StandardCharsets.UTF_8).length
                + 1;
        PlanLoadException midCharacter =
                failure(Files.write(dir.resolve("mid.phaen"), java.util.Arrays.copyOf(whole, cutAt)));
        assertEquals(Kind.TRUNCATED, midCharacter.getKind(), midCharacter.getMessage());
        assertTrue(midCharacter.getMessage().contains("cut short"), midCharacter.getMessage());
        assertEquals(
                new String(whole, 0, cutAt - 1, StandardCharsets.UTF_8).lines().count(),
                midCharacter.getLine(),
                "the line where it ends");
    }

    @Test
    void garbageAndEmptyFilesAreSaidNotToBePlans() throws Exception {
        PlanLoadException garbage =
                failure(Files.write(dir.resolve("garbage.phaen"), new byte[] {'P', 'K', 3, 4, 20, 0, 8}));
        assertEquals(Kind.NOT_A_PLAN, garbage.getKind(), garbage.getMessage());
        assertTrue(garbage.getMessage().contains("not a Phaen plan") && garbage.getLine() == 1, garbage.getMessage());
        PlanLoadException empty = failure(Files.writeString(dir.resolve("empty.phaen"), ""));
        assertEquals(Kind.TRUNCATED, empty.getKind(), empty.getMessage());
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }

    private PlanLoadException failure(Path file) {
        return assertThrows(PlanLoadException.class, () -> PlanFiles.load(PlanFiles.newResourceSet(), file));
    }

    private Path sample(String name, java.util.function.UnaryOperator<String> change) throws Exception {
        String text = Files.readString(MODELS.resolve(name), StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertNotEquals(text, changed, "the change applies to the sample");
        return Files.writeString(dir.resolve(name), changed, StandardCharsets.UTF_8);
    }

    /** SAX reports a problem in a start tag at the line where the tag ends. */
    private static int lineOfTagEnd(Path file, String inside) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf('>', text.indexOf(inside));
        return (int) text.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
    }
}
