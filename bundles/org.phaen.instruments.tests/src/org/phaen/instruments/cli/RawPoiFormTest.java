/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.TestInstruments;
import org.phaen.instruments.docx.DocxRenderer;

/**
 * The anchor of {@code bench instruments} writes the same form as Phaen: every XML part of the two DOCX files (the
 * body, styles, footer, relationships, content types, properties) is the same, so the ratio compares like with like.
 */
class RawPoiFormTest {

    @Test
    void rawPoiWritesEveryPartOfPhaensForm() throws Exception {
        ByteArrayOutputStream phaen = new ByteArrayOutputStream();
        new DocxRenderer().render(TestInstruments.benchForm(), RenderOptions.defaults(), phaen);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        RawPoiForm.of(phaen.toByteArray()).write(raw);

        Map<String, String> expected = parts(phaen.toByteArray()), actual = parts(raw.toByteArray());
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, xml) -> assertEquals(xml, actual.get(name), name));
    }

    /** Each part's text; the creation time in the core properties differs by the clock only. */
    private static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                parts.put(e.getName(), text.replaceAll("<dcterms:created[^<]*</dcterms:created>", ""));
            }
        }
        return parts;
    }
}
