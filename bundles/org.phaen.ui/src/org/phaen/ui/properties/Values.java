/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import java.time.LocalDate;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.phaen.model.calendar.ThaiDates;
import org.phaen.ui.prefs.PhaenPreferences;

/** Values between the model and text fields: by the attribute's data type, and unwrapped from EMF.Edit's wrappers. */
public final class Values {

    private Values() {}

    /** The typed value of a text; blank is "no value"; a text that does not convert throws IllegalArgumentException. */
    public static Object fromText(EDataType type, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (type.getInstanceClass() == LocalDate.class && t.contains("/")) {
                return ThaiDates.parseNumeric(t.replace(" ", "")); // a form field forgives spaces around the slashes
            }
            return EcoreUtil.createFromString(type, t);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(t, e);
        }
    }

    /** A date in the Buddhist Era (15/1/2562) when the preference says so, otherwise as the model writes it. */
    public static String toText(EDataType type, Object value) {
        if (value instanceof LocalDate date && PhaenPreferences.buddhistEra()) {
            return ThaiDates.formatNumeric(date);
        }
        return value == null ? "" : EcoreUtil.convertToString(type, value);
    }

    /** A descriptor's current value as the model holds it (descriptors wrap values for nested property sheets). */
    public static Object current(IItemPropertyDescriptor descriptor, Object object) {
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(value) : value;
    }
}
