/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.phaen.reports.internal.document.Report;
import org.phaen.reports.internal.docx.DocxWriter;
import org.phaen.reports.internal.html.HtmlWriter;
import org.phaen.reports.internal.xlsx.XlsxWriter;
import org.phaen.testing.Repository;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Renders reports for the tests and keeps a copy in target/sample-output for looking at by hand. */
public final class Outputs {

    private Outputs() {}

    public static Path folder() throws IOException {
        return Files.createDirectories(
                Repository.path("bundles", "org.phaen.reports.tests", "target", "sample-output"));
    }

    public static String html(Report report, String name) throws IOException {
        String html = HtmlWriter.selfContained().write(report);
        Files.writeString(folder().resolve(name + ".html"), html);
        return html;
    }

    public static byte[] docx(Report report, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(report, out);
        Files.write(folder().resolve(name + ".docx"), out.toByteArray());
        return out.toByteArray();
    }

    public static byte[] xlsx(Report report, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(report, out);
        Files.write(folder().resolve(name + ".xlsx"), out.toByteArray());
        return out.toByteArray();
    }

    /** Parses XML strictly (namespace-aware, no DOCTYPE): throws on anything not well-formed. */
    public static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    public static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
