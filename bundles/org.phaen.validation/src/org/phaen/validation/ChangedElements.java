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
