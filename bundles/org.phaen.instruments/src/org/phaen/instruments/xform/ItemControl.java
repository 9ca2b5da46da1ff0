/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import java.util.List;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;

/**
 * How an item kind appears in an XForm: the bind's data type and the body control. Notes follow pyxform: a
 * read-only {@code input} of type string, which every ODK client shows as plain text. A choice item without
 * any choices (no scale in the model yet) falls back to a text input, so the form stays usable and valid.
 */
public enum ItemControl {
    INTEGER("int", "input", false),
    DECIMAL("decimal", "input", false),
    TEXT("string", "input", false),
    DATE("date", "input", false),
    NOTE("string", "input", true),
    SELECT_ONE("string", "select1", false),
    SELECT_MANY("string", "select", false);

    final String bindType;
    final String element;
    final boolean readOnly;

    ItemControl(String bindType, String element, boolean readOnly) {
        this.bindType = bindType;
        this.element = element;
        this.readOnly = readOnly;
    }

    boolean hasChoices() {
        return this == SELECT_ONE || this == SELECT_MANY;
    }

    /** The control for {@code item}, given the choices {@link Choices} found for it. */
    static ItemControl of(InstrumentItem item, List<Choice> choices) {
        ItemKind kind = org.phaen.instruments.FormLayout.kind(item);
        return switch (kind) {
            case NUMBER -> INTEGER;
            case DECIMAL -> DECIMAL;
            case DATE -> DATE;
            case NOTE -> NOTE;
            case RATING, YES_NO, SELECT_ONE -> choices.isEmpty() ? TEXT : SELECT_ONE;
            case SELECT_MULTIPLE -> choices.isEmpty() ? TEXT : SELECT_MANY;
            case TEXT -> TEXT;
        };
    }
}
