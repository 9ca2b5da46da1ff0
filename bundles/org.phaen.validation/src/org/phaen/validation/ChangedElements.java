/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.Collection;
import java.util.function.Consumer;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;

/** The elements a change involves, for rules whose {@link Rule#alsoAffectedBy} rechecks elements other than the edited one. */
public final class ChangedElements {

    private ChangedElements() {}

    /** Calls {@code action} for the notifier of a change and every element among its old and new values. */
    public static void eachInvolved(Notification change, Consumer<EObject> action) {
        if (change.getNotifier() instanceof EObject notifier) {
            action.accept(notifier);
        }
        for (Object value : new Object[] {change.getOldValue(), change.getNewValue()}) {
            if (value instanceof EObject object) {
                action.accept(object);
            } else if (value instanceof Collection<?> many) {
                many.stream().filter(EObject.class::isInstance).forEach(v -> action.accept((EObject) v));
            }
        }
    }
}
