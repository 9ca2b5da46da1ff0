/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.List;
import org.phaen.documents.flow.Table.Align;
import org.phaen.documents.flow.Table.Cell;
import org.phaen.documents.flow.Table.Column;
import org.phaen.documents.flow.Table.Row;

/** A small document of every block kind, Thai as a plan book writes it, for the renderers' tests. */
public final class SampleFlow {

    public static final String ISSUE_UUID = "6f1c2b7e-0a4d-4c57-9d1e-3a2b1c0d9e8f";
    public static final String INDICATOR_UUID = "1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809";

    private SampleFlow() {}

    /** The document; {@code target2563} is one cell's text, so a test can change exactly one thing. */
    public static FlowDocument document(String target2563) {
        Section cover = Section.cover(List.of(
                new Figure("logo", null, null, null),
                Paragraph.of(Paragraph.Role.TITLE, "แผนพัฒนาการศึกษา ภาค ๑๗ พ.ศ. ๒๕๖๒ - ๒๕๖๕"),
                Paragraph.of(Paragraph.Role.SUBTITLE, "สำนักงานศึกษาธิการภาค ๑๗"),
                new PageBreak(),
                new Contents("สารบัญ", 3)));
        Section body = Section.portrait(List.of(
                new Heading(1, "ส่วนที่ ๑", "บริบทและการวิเคราะห์", null),
                Paragraph.body("สำนักงานศึกษาธิการภาค ๑๗ ดูแลการศึกษาในจังหวัดพิษณุโลก ตาก เพชรบูรณ์ และอุตรดิตถ์"),
                new ItemList(
                        ItemList.Kind.NUMBERED,
                        List.of(
                                ItemList.Item.of("๑.", "จุดแข็ง: เครือข่ายภาคีเข้มแข็ง"),
                                new ItemList.Item(
                                        "๒.", List.of(Run.bold("จุดอ่อน: "), Run.of("ข้อมูลกระจัดกระจาย")), 1, null)),
                        null),
                new Heading(2, "๑.๑", "ประเด็นยุทธศาสตร์ที่ ๑ การจัดการศึกษาเพื่อความมั่นคง", ISSUE_UUID),
                new Table(
                        "ตารางที่ ๑ ตัวชี้วัดและค่าเป้าหมาย",
                        List.of(
                                Column.auto(Align.LEFT),
                                Column.auto(Align.CENTER),
                                Column.auto(Align.RIGHT),
                                Column.auto(Align.RIGHT),
                                Column.auto(Align.RIGHT)),
                        List.of(
                                Row.of(List.of(
                                        Cell.spanning("ตัวชี้วัด", 1, 2),
                                        Cell.spanning("หน่วยนับ", 1, 2),
                                        Cell.spanning("ค่าเป้าหมาย", 3, 1))),
                                Row.texts("๒๕๖๒", "๒๕๖๓", "๒๕๖๔")),
                        List.of(
                                new Row(
                                        List.of(
                                                Cell.of(
                                                        "ร้อยละของสถานศึกษาในพื้นที่ชายแดนที่จัดการเรียนรู้ตามหลักสูตร"),
                                                Cell.of("ร้อยละ"),
                                                Cell.of("๘๐"),
                                                Cell.of(target2563),
                                                Cell.of("๙๐")),
                                        false,
                                        INDICATOR_UUID),
                                new Row(
                                        List.of(
                                                Cell.spanning("รวม", 2, 1),
                                                Cell.of("๘๐"),
                                                Cell.of(target2563),
                                                Cell.of("๙๐")),
                                        true,
                                        null)),
                        null)));
        Section wide = Section.landscape(List.of(
                new Heading(1, "ส่วนที่ ๓", "แผนปฏิบัติการ", null),
                new Table(
                        null,
                        List.of(new Column(Align.LEFT, 0.5), Column.auto(Align.RIGHT)),
                        List.of(Row.texts("โครงการ", "งบประมาณ (บาท)")),
                        List.of(Row.texts("โครงการพัฒนาครู", "๑,๒๐๐,๐๐๐")),
                        null),
                new Figure("strategy_map", "แผนที่ยุทธศาสตร์", null, null)));
        return new FlowDocument("แผนพัฒนาการศึกษา ภาค ๑๗", "R17-SP", true, false, List.of(cover, body, wide));
    }
}
