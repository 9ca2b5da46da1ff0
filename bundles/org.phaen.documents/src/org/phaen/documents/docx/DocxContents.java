/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.phaen.documents.flow.Contents;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.flow.Run;

/**
 * The table of contents as Word's own TOC field (TOC with switches o, h, z and u), so Word and LibreOffice can update
 * it after edits. Until they do, the field shows what it was written with: one entry per heading in the TOC 1-3
 * styles, each a link to the heading's bookmark with a {@code PAGEREF} field whose result is the page the PDF layout
 * put the heading on. LibreOffice shows these results as they are (it does not update a TOC on opening); Word updates
 * the field when it opens the file, as the settings ask. Why: docs/notes/docx-toc-page-numbers.md.
 */
final class DocxContents {

    private DocxContents() {}

    static void write(
            XWPFDocument doc, Contents contents, List<Heading> headings, List<Integer> pages, DocxBookmarks bookmarks) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle(DocxStyles.TOC_HEADING);
        DocxFlowText.run(title, Run.of(contents.title()));
        List<Heading> entries = new java.util.ArrayList<>();
        List<String> entryPages = new java.util.ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).level() <= contents.depth()) {
                entries.add(headings.get(i));
                // Arabic digits, as Word's PAGEREF gives them when it updates the field
                entryPages.add(i < pages.size() && pages.get(i) > 0 ? Integer.toString(pages.get(i)) : "");
            }
        }
        if (entries.isEmpty()) {
            CTP p = doc.createParagraph().getCTP();
            begin(p, contents.depth());
            field(p, STFldCharType.END);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Heading h = entries.get(i);
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.toc(h.level()));
            if (i == 0) {
                begin(p.getCTP(), contents.depth());
            }
            var link = p.getCTP().addNewHyperlink();
            String name = bookmarks.of(h);
            link.setAnchor(name);
            text(link.addNewR(), DocxText.clean(h.line()));
            text(link.addNewR(), "\t");
            field(link.addNewR(), STFldCharType.BEGIN);
            instruction(link.addNewR(), " PAGEREF " + name + " \\h ");
            field(link.addNewR(), STFldCharType.SEPARATE);
            if (!entryPages.get(i).isEmpty()) {
                text(link.addNewR(), entryPages.get(i));
            }
            field(link.addNewR(), STFldCharType.END);
            if (i == entries.size() - 1) {
                field(p.getCTP(), STFldCharType.END);
            }
        }
    }

    private static void begin(CTP p, int depth) {
        field(p, STFldCharType.BEGIN);
        instruction(p.addNewR(), " TOC \\o \"1-" + depth + "\" \\h \\z \\u ");
        field(p, STFldCharType.SEPARATE);
    }

    private static CTR field(CTP p, STFldCharType.Enum type) {
        CTR r = p.addNewR();
        field(r, type);
        return r;
    }

    private static void field(CTR r, STFldCharType.Enum type) {
        r.addNewFldChar().setFldCharType(type);
    }

    private static void instruction(CTR r, String text) {
        var t = r.addNewInstrText();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static void text(CTR r, String text) {
        if ("\t".equals(text)) {
            r.addNewTab();
            return;
        }
        var t = r.addNewT();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
