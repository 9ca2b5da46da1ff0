/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFilesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "a/b",
                "..",
                ".hidden",
                "/abs/path",
                "C:\\win\\x",
                "x\u0000y",
                "",
                "แบบ/สอบถาม",
                "..\\..\\up"
            })
    void hostileCodesStayInsideTheOutputFolder(String code) {
        Path out = Path.of("/tmp/phaen-out");
        Path file = OutputFiles.inside(out, code, "docx");
        assertEquals(out, file.getParent(), code + " -> " + file);
        assertFalse(file.getFileName().toString().startsWith("."), file.toString());
        assertFalse(file.getFileName().toString().contains(".."), file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRG-2562-PLK62-01", "แบบสอบถาม-2562", "KPI_2562.v3"})
    void ordinaryCodesKeepTheirName(String code) {
        assertEquals(
                code + ".html",
                OutputFiles.inside(Path.of("/tmp/o"), code, "html")
                        .getFileName()
                        .toString());
    }

    /** 121 Thai letters are 363 bytes: "File name too long" before; now a file is written under a shortened name. */
    @Test
    void longThaiCodesAreShortenedIntoUniqueWritableNames(@TempDir Path dir) throws Exception {
        String syllables =
                "โครงการพัฒนาคุณภาพการศึกษาขั้นพื้นฐานเพื่อยกระดับผลสัมฤทธิ์ทางการเรียนของนักเรียนในพื้นที่ห่างไกลจังหวัดพิษณุโลก";
        String code = (syllables + syllables).substring(0, 121);
        String other = code.substring(0, 120) + "ข";
        Path file = OutputFiles.inside(dir, code, "xlsform.xlsx");
        Files.writeString(file, "written");
        assertTrue(file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255, file.toString());
        assertNotEquals(file, OutputFiles.inside(dir, other, "xlsform.xlsx"), "two codes that begin alike");
        assertEquals(file, OutputFiles.inside(dir, code, "xlsform.xlsx"), "the same code, the same file");
        String stem = OutputFiles.safeName(code);
        String kept = stem.substring(0, stem.lastIndexOf('-'));
        assertTrue(code.startsWith(kept), stem);
        // Cut before a whole syllable: the letter after the cut is no vowel or tone mark left without its consonant.
        assertNotEquals(Character.NON_SPACING_MARK, Character.getType(code.codePointAt(kept.length())), stem);
        assertTrue(kept.length() > 50, stem);
    }
}
