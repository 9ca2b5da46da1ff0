/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.ValidateOutcome;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.services.locale.Localizer;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.xform.parse.XFormParser;
import org.javarosa.xform.util.XFormUtils;

/**
 * An XForm as ODK's own engine, JavaRosa, reads it: parsed (XML, binds, XPath, itext), initialised (preloads
 * run), every question visited once the way ODK Collect steps through a form, with its label and choice texts
 * resolved in both languages. Any problem throws, as ODK Validate would report it.
 */
final class JavaRosaForm {

    static final String PHAEN = "http://www.phaen.org/xforms/1.0";
    static final String THAI = "Thai (th)";
    static final String ENGLISH = "English (en)";

    final FormDef form;
    final FormEntryController controller;
    /** Questions by reference without indexes, e.g. {@code /data/section_2/Q3}, in form order. */
    final Map<String, FormEntryPrompt> questions = new LinkedHashMap<>();
    /** Group captions in the default language, in form order. */
    final List<String> groups = new ArrayList<>();

    JavaRosaForm(byte[] xml) throws XFormParser.ParseException {
        form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml));
        form.initialize(true, new InstanceInitializationFactory());
        controller = new FormEntryController(new FormEntryModel(form));
        for (int event = controller.getModel().getEvent();
                event != FormEntryController.EVENT_END_OF_FORM;
                event = controller.stepToNextEvent()) {
            if (event == FormEntryController.EVENT_GROUP) {
                groups.add(controller.getModel().getCaptionPrompt().getLongText());
            } else if (event == FormEntryController.EVENT_QUESTION) {
                FormEntryPrompt prompt = controller.getModel().getQuestionPrompt();
                questions.put(prompt.getIndex().getReference().toString(false), prompt);
            }
        }
        for (String locale : localizer().getAvailableLocales()) {
            questions.values().forEach(prompt -> resolveTexts(prompt, locale));
        }
    }

    Localizer localizer() {
        return form.getLocalizer();
    }

    /** A question's label (or a choice's, by its text id) in one language, straight from the form's itext. */
    String text(String textId, String locale) {
        return localizer().getText(textId, locale);
    }

    String label(FormEntryPrompt prompt, String locale) {
        return text(prompt.getQuestion().getTextID(), locale);
    }

    String bindAttribute(FormEntryPrompt prompt, String namespace, String name) {
        TreeElement attribute = TreeElement.getAttribute(prompt.getBindAttributes(), namespace, name);
        return attribute == null ? null : attribute.getAttributeValue();
    }

    /** The first required question left empty or constraint broken, as ODK Collect checks on finalising. */
    ValidateOutcome validate() {
        return form.validate();
    }

    private void resolveTexts(FormEntryPrompt prompt, String locale) {
        text(prompt.getQuestion().getTextID(), locale);
        List<SelectChoice> choices = prompt.getSelectChoices();
        if (choices != null) {
            choices.forEach(choice -> text(choice.getTextID(), locale));
        }
    }
}
