/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.alignment;

import java.util.Locale;
import java.util.ResourceBundle;
import org.phaen.model.AlignmentKind;
import org.phaen.model.PlanElement;

/**
 * The Thai words of the sheet: its names and headers, element kinds and alignment kinds, the same words the
 * workbench shows (the labels of org.phaen.model.edit), kept here so the library needs no UI bundle. An alignment
 * kind is read back from its Thai word or its English literal.
 */
final class AlignmentWords {

    private static final ResourceBundle THAI = ResourceBundle.getBundle(
            "org.phaen.exchange.alignment.words", Locale.ROOT, AlignmentWords.class.getClassLoader());

    private AlignmentWords() {}

    static String text(String key) {
        return THAI.getString(key);
    }

    static String kindOf(PlanElement element) {
        String key = element.eClass().getName();
        return THAI.containsKey(key) ? THAI.getString(key) : key;
    }

    static String word(AlignmentKind kind) {
        return THAI.getString(kind.getLiteral());
    }

    /** The kind a cell names, or null when it names none. */
    static AlignmentKind kindNamed(String text) {
        String wanted = text.strip();
        for (AlignmentKind kind : AlignmentKind.VALUES) {
            if (kind.getLiteral().equalsIgnoreCase(wanted) || word(kind).equals(wanted)) {
                return kind;
            }
        }
        return null;
    }
}
