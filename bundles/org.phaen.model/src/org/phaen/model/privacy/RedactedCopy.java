/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.util.List;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A copy of an element and everything it contains with every text attribute redacted, for outputs that render
 * model elements directly (the instruments). References still point at the originals; identifiers are kept so a
 * returned form can be matched to its instrument. The original is never changed.
 */
public final class RedactedCopy {

    private RedactedCopy() {}

    public static <T extends EObject> T of(T element, PersonalDataMatcher matcher) {
        T copy = EcoreUtil.copy(element);
        redact(copy, matcher);
        copy.eAllContents().forEachRemaining(o -> redact(o, matcher));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void redact(EObject object, PersonalDataMatcher matcher) {
        for (EAttribute attribute : TextFields.of(object.eClass())) {
            List<String> redacted = TextFields.values(object, attribute).stream()
                    .map(matcher::redact)
                    .toList();
            if (attribute.isMany()) {
                EList<String> values = (EList<String>) object.eGet(attribute);
                values.clear();
                values.addAll(redacted);
            } else if (!redacted.isEmpty()) {
                object.eSet(attribute, redacted.get(0));
            }
        }
    }
}
