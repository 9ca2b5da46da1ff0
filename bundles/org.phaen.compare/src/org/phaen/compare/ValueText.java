/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/** Values of attributes and references as people read them: text quoted, links by code and name, numbers with their difference. */
public final class ValueText {

    private final ElementNames names;

    public ValueText(ElementNames names) {
        this.names = names;
    }

    /** The value as text; {@code owner} is the element holding it (links are named from its file). */
    public String of(Object value, EObject owner) {
        if (value == FeatureValues.UNSET || value == null) {
            return names.words().text("unset");
        }
        if (value instanceof Link link) {
            return names.of(link, owner);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> of(v, owner)).collect(Collectors.joining("; ", "[", "]"));
        }
        if (value instanceof String text) {
            return '"' + text + '"';
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        return value.toString();
    }

    /** The difference new - old of two numbers, signed ({@code +5}, {@code -1250.50}); empty when either is not a number. */
    public static String difference(Object oldValue, Object newValue) {
        if (!(oldValue instanceof Number)
                || !(newValue instanceof Number)
                || oldValue instanceof Double
                || newValue instanceof Double) {
            return "";
        }
        BigDecimal delta = new BigDecimal(newValue.toString()).subtract(new BigDecimal(oldValue.toString()));
        return (delta.signum() >= 0 ? "+" : "") + delta.toPlainString();
    }
}
