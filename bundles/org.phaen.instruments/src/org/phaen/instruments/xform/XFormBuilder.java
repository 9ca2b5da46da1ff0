/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import org.phaen.documents.Wording;
import org.phaen.instruments.ValueRange;
import org.phaen.instruments.xform.FormOutline.Block;
import org.phaen.instruments.xform.FormOutline.Question;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.w3c.dom.Element;

/**
 * Fills the XForm DOM from a {@link FormOutline} in one pass: for each question an instance node, a bind and a
 * body control, plus its texts. The layout follows what pyxform writes, the form ODK tools are tested with most.
 */
final class XFormBuilder {

    private final Dom dom = new Dom();
    private final Translations texts;
    private Element model;
    private Element instance;

    XFormBuilder(Translations texts) {
        this.texts = texts;
    }

    Dom build(EvaluationInstrument instrument, FormOutline outline, String title) {
        Element html = dom.root();
        Element head = dom.child(html, Dom.XHTML, "h:head");
        dom.child(head, Dom.XHTML, "h:title").setTextContent(title);
        model = dom.child(head, "model");
        model.setAttributeNS(Dom.ODK, "odk:xforms-version", "1.0.0");
        instance = dom.child(dom.child(model, "instance"), FormOutline.ROOT);
        instance.setAttribute("id", outline.formId());
        instance.setAttribute("version", Integer.toString(instrument.getVersion()));
        // Submissions carry root attributes, so each one names the instrument it answers exactly.
        instance.setAttributeNS(Dom.PHAEN, "phaen:instrument", XmlText.clean(instrument.getUuid()));
        Element body = dom.child(html, Dom.XHTML, "h:body");
        for (Block block : outline.blocks()) {
            Element data = instance;
            Element controls = body;
            if (block.isGroup()) {
                data = dom.child(instance, block.name());
                controls = dom.child(body, "group");
                controls.setAttribute("ref", block.path());
                // The model has a Thai section title only; English shows the same words.
                label(controls, texts.add(block.path() + ":label", block.label(), block.labelEn()));
            }
            for (Question question : block.questions()) {
                dom.child(data, question.name());
                bind(question);
                control(controls, question);
            }
        }
        meta();
        // Texts are known only now, but pyxform and the spec's examples put itext first in the model.
        model.insertBefore(texts.writeTo(model, dom), model.getFirstChild());
        return dom;
    }

    private void bind(Question question) {
        InstrumentItem item = question.item();
        Element bind = dom.child(model, "bind");
        bind.setAttribute("nodeset", question.path());
        bind.setAttribute("type", question.control().bindType);
        if (question.control().readOnly) {
            bind.setAttribute("readonly", "true()");
        } else if (item.isRequired()) {
            // Never on a note: nobody could answer it, so the form could never be finalised.
            bind.setAttribute("required", "true()");
        }
        ValueRange range = ValueRange.of(item);
        if (range != null) {
            // ODK's engines refuse 150 for a percent or -20 for a count, saying what to enter in the form's language.
            bind.setAttribute("constraint", range.xpath());
            bind.setAttributeNS(
                    Dom.JR,
                    "jr:constraintMsg",
                    texts.add(
                            question.path() + ":constraintMsg",
                            range.message(Wording.THAI),
                            range.message(Wording.ENGLISH)));
        }
        bind.setAttributeNS(Dom.PHAEN, "phaen:uuid", XmlText.clean(item.getUuid()));
    }

    private void control(Element parent, Question question) {
        InstrumentItem item = question.item();
        Element control = dom.child(parent, question.control().element);
        control.setAttribute("ref", question.path());
        String th = XmlText.firstOf(item.getName(), item.getNameEn(), item.getCode(), question.name());
        label(control, texts.add(question.path() + ":label", th, item.getNameEn()));
        String hint = XmlText.firstOf(item.getHint());
        if (!hint.isEmpty()) {
            // A hint typed in Thai only shows in English too rather than nothing.
            dom.child(control, "hint")
                    .setAttribute("ref", texts.add(question.path() + ":hint", hint, item.getHintEn()));
        }
        for (Choice choice : question.choices()) {
            Element option = dom.child(control, "item");
            label(
                    option,
                    texts.add(
                            "/" + question.choiceList() + "/" + choice.value() + ":label",
                            choice.labelTh(),
                            choice.labelEn()));
            dom.child(option, "value").setTextContent(choice.value());
        }
    }

    private void label(Element parent, String itextRef) {
        dom.child(parent, "label").setAttribute("ref", itextRef);
    }

    /** {@code orx:meta/orx:instanceID}, filled by the client with a fresh {@code uuid:...} per submission. */
    private void meta() {
        Element meta = dom.child(instance, Dom.ORX, "orx:" + FormOutline.META);
        dom.child(meta, Dom.ORX, "orx:instanceID");
        Element bind = dom.child(model, "bind");
        bind.setAttribute("nodeset", "/" + FormOutline.ROOT + "/orx:meta/orx:instanceID");
        bind.setAttribute("type", "string");
        bind.setAttribute("readonly", "true()");
        bind.setAttributeNS(Dom.JR, "jr:preload", "uid");
    }
}
