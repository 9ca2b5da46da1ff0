/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.provider;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

/**
 * An element's label as its item provider gives it, with enumeration values in the interface's language.
 * EMF's generator labels an element by an enumeration feature with the literal itself (“ความสอดคล้อง SUPPORTS”);
 * the generated code is never edited, so every label shown to users goes through here and reads the literal's
 * text ({@code _UI_AlignmentKind_SUPPORTS_literal}) from the same texts as the type (“ความสอดคล้อง สนับสนุน”).
 */
public final class ItemLabels {

    private ItemLabels() {}

    /** The label of {@code element} from the item provider {@code factory} gives it; its string value when none. */
    public static String text(AdapterFactory factory, Object element) {
        Object adapter = factory.adapt(element, IItemLabelProvider.class);
        if (!(adapter instanceof IItemLabelProvider provider)) {
            return String.valueOf(element);
        }
        String text = provider.getText(element);
        if (text == null || !(element instanceof EObject object)) {
            return text;
        }
        // Generated item providers are resource locators delegating to their plug-in's texts.
        ResourceLocator texts = adapter instanceof ResourceLocator locator ? locator : PhaenEditPlugin.INSTANCE;
        return withEnumerationTexts(object, text, texts);
    }

    private static String withEnumerationTexts(EObject object, String text, ResourceLocator texts) {
        String result = text;
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.getEAttributeType() instanceof EEnum type
                    && !attribute.isMany()
                    && object.eGet(attribute) instanceof Enumerator value
                    && result.contains(value.getLiteral())) {
                // Most labels hold no literal: no text lookup nor pattern for them (a pattern per label showed in the
                // workbench's open profile).
                String key = "_UI_" + type.getName() + "_" + value.getName() + "_literal";
                result = replaceWord(result, value.getLiteral(), texts.getString(key));
            }
        }
        return result;
    }

    /** Replaces {@code word} where it stands alone (not inside a code such as PLK-SUPPORTS-1). */
    private static String replaceWord(String text, String word, String replacement) {
        Pattern alone = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_-])");
        return alone.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }
}
