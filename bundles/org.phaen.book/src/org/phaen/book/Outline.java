/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.util.ArrayList;
import java.util.List;
import org.phaen.documents.flow.Block;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.flow.ItemList;
import org.phaen.documents.flow.PageBreak;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Section;
import org.phaen.documents.flow.Table;
import org.phaen.model.Identified;

/**
 * A book being written: blocks go into the current section; {@link #part} opens a numbered part (ส่วนที่ ๑) on a new
 * page, {@link #chapter} and {@link #topic} number what comes under it (๑.๑, ๑.๑.๑), tables and figures take
 * the next number of their kind (ตารางที่ ๑). {@link #landscape} and {@link #portrait} start a new section of that
 * orientation. All numbers are written with the book's digits.
 */
public final class Outline {

    private final BookText text;
    private final List<Section> sections = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();
    private Section.Orientation orientation = Section.Orientation.PORTRAIT;
    private boolean cover;
    private int part, chapter, topic, tables;
    /** Whether the headings stand before the parts or after them (foreword, annexes): chapters numbered 1, 2, ... */
    private boolean outsideParts = true;

    public Outline(BookText text) {
        this.text = text;
    }

    public BookText text() {
        return text;
    }

    /** The blocks so far are the cover: a section of its own, without a footer. */
    public void endCover() {
        cover = true;
        close(Section.Orientation.PORTRAIT);
    }

    /** A part (“ส่วนที่ N title”) on a new page; its chapters are numbered N.1, N.2, ... */
    public void part(String title, Identified element) {
        if (!blocks.isEmpty()) {
            blocks.add(new PageBreak());
        }
        part++;
        chapter = 0;
        outsideParts = false;
        blocks.add(new Heading(1, text.word("outline.part", part), title, uuid(element)));
    }

    /** An unnumbered level-1 heading (foreword, annexes) on a new page. */
    public void front(String title, Identified element) {
        if (!blocks.isEmpty()) {
            blocks.add(new PageBreak());
        }
        blocks.add(new Heading(1, "", title, uuid(element)));
        chapter = 0;
        outsideParts = true;
    }

    public void chapter(String title, Identified element) {
        chapter++;
        topic = 0;
        blocks.add(new Heading(
                2, outsideParts ? text.number(chapter) : text.digits(part + "." + chapter), title, uuid(element)));
    }

    public void topic(String title, Identified element) {
        topic++;
        blocks.add(new Heading(
                3, text.digits((outsideParts ? "" : part + ".") + chapter + "." + topic), title, uuid(element)));
    }

    /** A bold run-in heading that stays out of the table of contents. */
    public void minor(String title, Identified element) {
        blocks.add(new Heading(4, "", title, uuid(element)));
    }

    public void add(Block block) {
        blocks.add(block);
    }

    public void body(String paragraph) {
        if (paragraph != null && !paragraph.isBlank()) {
            blocks.add(Paragraph.body(paragraph));
        }
    }

    public void list(ItemList list) {
        if (!list.items().isEmpty()) {
            blocks.add(list);
        }
    }

    /** A table with the next table number in its caption. */
    public void table(
            String caption,
            List<Table.Column> columns,
            List<Table.Row> header,
            List<Table.Row> body,
            Identified element) {
        tables++;
        blocks.add(new Table(text.word("outline.table", tables, caption), columns, header, body, uuid(element)));
    }

    /** What follows stands on landscape pages (a new section unless they are already), until {@link #portrait}. */
    public void landscape() {
        if (orientation != Section.Orientation.LANDSCAPE) {
            close(Section.Orientation.LANDSCAPE);
        }
    }

    /** What follows stands on portrait pages (a new section unless they are already). */
    public void portrait() {
        if (orientation != Section.Orientation.PORTRAIT) {
            close(Section.Orientation.PORTRAIT);
        }
    }

    private void close(Section.Orientation next) {
        if (!blocks.isEmpty()) {
            sections.add(new Section(orientation, cover && sections.isEmpty(), blocks));
        }
        blocks = new ArrayList<>();
        orientation = next;
    }

    public FlowDocument document(String title, String footerCode) {
        close(orientation);
        return new FlowDocument(title, footerCode, text.options().usesThaiDigits(), text.english(), sections);
    }

    public static String uuid(Identified element) {
        return element == null ? null : element.getUuid();
    }
}
