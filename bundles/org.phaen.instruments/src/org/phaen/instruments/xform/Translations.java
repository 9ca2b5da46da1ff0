/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.w3c.dom.Element;

/**
 * The form's {@code itext}: every label and hint once in Thai and once in English, under ids the body refers to
 * with {@code jr:itext('id')}. Both translations hold every id (English falls back to the Thai text when the
 * model has no English), because ODK clients show an id's raw name when a language lacks it.
 */
public final class Translations {

    /** The language names ODK clients show in their language menu, as XLSForm's {@code label::Thai (th)} gives. */
    public static final String THAI = "Thai (th)";

    static final String ENGLISH = "English (en)";

    private record Entry(String id, String th, String en) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final UnaryOperator<String> thaiForm;

    /** @param thaiForm applied to Thai texts only, e.g. to write Thai digits */
    Translations(UnaryOperator<String> thaiForm) {
        this.thaiForm = thaiForm;
    }

    /** Adds a text, once per id, and returns the {@code jr:itext(...)} reference to it. */
    String add(String id, String th, String en) {
        if (ids.add(id)) {
            String thai = XmlText.firstOf(th, en);
            entries.add(new Entry(id, thaiForm.apply(thai), XmlText.firstOf(en, thai)));
        }
        return "jr:itext('" + id + "')";
    }

    /** Appends {@code <itext>} to {@code model}, the Thai translation first and marked as the default. */
    Element writeTo(Element model, Dom dom) {
        Element itext = dom.child(model, "itext");
        Element th = dom.child(itext, "translation");
        th.setAttribute("lang", THAI);
        th.setAttribute("default", "true()");
        Element en = dom.child(itext, "translation");
        en.setAttribute("lang", ENGLISH);
        for (Entry entry : entries) {
            text(dom, th, entry.id, entry.th);
            text(dom, en, entry.id, entry.en);
        }
        return itext;
    }

    private static void text(Dom dom, Element translation, String id, String value) {
        Element text = dom.child(translation, "text");
        text.setAttribute("id", id);
        dom.child(text, "value").setTextContent(value);
    }
}
