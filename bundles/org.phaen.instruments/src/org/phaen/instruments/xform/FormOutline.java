/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;

/**
 * The shape of the form before any XML is written: items grouped by section (a group per section, in the order
 * sections first appear; items without a section stay at the top level in their place), with every node's
 * unique name and absolute path decided once, so instance, binds, body and translations cannot disagree.
 */
public record FormOutline(String formId, List<Block> blocks) {

    /** The instance root element; pyxform's default name. */
    static final String ROOT = "data";

    static final String META = "meta";

    /** A section group ({@code name != null}) or a single loose question. */
    public record Block(String name, String path, String label, String labelEn, List<Question> questions) {
        public boolean isGroup() {
            return name != null;
        }
    }

    /** {@code choiceList} names the choices' texts, shared by every question with the same choices. */
    public record Question(
            InstrumentItem item,
            String name,
            String path,
            ItemControl control,
            List<Choice> choices,
            String choiceList) {}

    public static FormOutline of(EvaluationInstrument instrument) {
        XmlNames names = new XmlNames();
        names.reserve(META);
        // A code with nothing ASCII in it (Thai only) says less than the uuid, which is at least stable.
        String formId = XmlNames.core(instrument.getCode()).isEmpty()
                ? "phaen_" + XmlNames.core(instrument.getUuid())
                : XmlNames.sanitise(instrument.getCode(), "form", 1);
        Map<List<Choice>, String> choiceLists = new HashMap<>();
        Map<String, List<InstrumentItem>> sections = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (InstrumentItem item : instrument.getItems()) {
            String section = XmlText.clean(item.getSection()).strip();
            if (section.isEmpty()) {
                order.add(item);
            } else {
                sections.computeIfAbsent(section, s -> {
                            order.add(s);
                            return new ArrayList<>();
                        })
                        .add(item);
            }
        }
        List<Block> blocks = new ArrayList<>();
        int sectionNo = 0;
        int itemNo = 0;
        for (Object entry : order) {
            if (entry instanceof InstrumentItem item) {
                Question loose = question(instrument, item, names, choiceLists, "/" + ROOT, ++itemNo);
                blocks.add(new Block(null, "/" + ROOT, null, null, List.of(loose)));
                continue;
            }
            // Section names are Thai prose, not codes: groups are simply numbered.
            String name = names.allocate(null, "section", ++sectionNo);
            String path = "/" + ROOT + "/" + name;
            List<Question> questions = new ArrayList<>();
            for (InstrumentItem item : sections.get(entry)) {
                questions.add(question(instrument, item, names, choiceLists, path, ++itemNo));
            }
            // The section's English is that of its first item that has one (all of a generated section share it).
            String english = sections.get(entry).stream()
                    .map(InstrumentItem::getSectionEn)
                    .filter(t -> t != null && !t.isBlank())
                    .findFirst()
                    .orElse(null);
            blocks.add(new Block(name, path, (String) entry, english, questions));
        }
        return new FormOutline(formId, blocks);
    }

    private static Question question(
            EvaluationInstrument instrument,
            InstrumentItem item,
            XmlNames names,
            Map<List<Choice>, String> choiceLists,
            String parent,
            int position) {
        String name = names.allocate(item.getCode(), "item", position);
        List<Choice> choices = Choices.of(item, instrument);
        // Equal choices (same values and labels) share one set of texts: a survey of 60 ratings holds the
        // five level labels once, not 60 times, which keeps the form small for phones.
        String list = choices.isEmpty()
                ? null
                : choiceLists.computeIfAbsent(choices, c -> "choices_" + (choiceLists.size() + 1));
        return new Question(item, name, parent + "/" + name, ItemControl.of(item, choices), choices, list);
    }
}
