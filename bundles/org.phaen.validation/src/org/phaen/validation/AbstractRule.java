package org.phaen.validation;

import org.eclipse.emf.ecore.EObject;

/** Base class for rules about one kind of element. */
public abstract class AbstractRule<T extends EObject> implements Rule {

    private final String id;
    private final Severity severity;
    private final Class<T> type;

    protected AbstractRule(String id, Severity severity, Class<T> type) {
        this.id = id;
        this.severity = severity;
        this.type = type;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final Class<T> type() {
        return type;
    }

    @Override
    public final void check(EObject element, RuleContext context, Findings findings) {
        verify(type.cast(element), context, findings);
    }

    /** Checks one element of this rule's kind. */
    protected abstract void verify(T element, RuleContext context, Findings findings);
}
