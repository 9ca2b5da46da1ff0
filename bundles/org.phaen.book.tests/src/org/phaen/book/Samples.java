/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.model.ActionPlan;
import org.phaen.model.StrategicPlan;
import org.phaen.model.query.Elements;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

/** The sample plans' books, written as real files under target/books. */
public final class Samples {

    /** The day the sample's consents are judged on (the demo's as-of day). */
    public static final LocalDate DAY = LocalDate.of(2019, 7, 31);

    private Samples() {}

    /** The regional strategic plan R17-SP, loaded alone (the book follows its links to the provincial file). */
    public static StrategicPlan regional() throws Exception {
        return Elements.byCode(SamplePlans.load(SamplePlans.REGION), "R17-SP", StrategicPlan.class)
                .orElseThrow();
    }

    /** The provincial action plan PLK-AP2562, with the regional plan loaded first. */
    public static ActionPlan provincialActionPlan() throws Exception {
        return Elements.byCode(SamplePlans.province(PlanFiles.newResourceSet()), "PLK-AP2562", ActionPlan.class)
                .orElseThrow();
    }

    /** The book as {@code phaen book} writes it in {@code format} (the DOCX with its diagrams as pictures). */
    public static byte[] bytes(FlowDocument book, BookFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookFiles(book).write(format, null, out);
        return out.toByteArray();
    }

    public static byte[] docx(FlowDocument book) throws IOException {
        return bytes(book, BookFormat.DOCX);
    }

    /** Writes the DOCX to target/books/NAME.docx (to look at, and for LibreOffice) and reads it back. */
    public static XWPFDocument written(FlowDocument book, String name) throws IOException {
        byte[] bytes = docx(book);
        Path dir = Path.of("target", "books");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".docx"), bytes);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }
}
