/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Named;
import org.phaen.model.PhaenPackage;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-IDN-001: a code is used once in a plan document (and once per list of a file's directories):
 * documents, forms and reports name elements by code, so two elements with one code cannot be told apart.
 */
public final class CodeUniqueInDocument extends AbstractRule<Named> {

    private static final Object CODES = new Object();

    public CodeUniqueInDocument() {
        super("PH-IDN-001", Severity.ERROR, Named.class);
    }

    @Override
    protected void verify(Named element, RuleContext context, Findings findings) {
        List<Named> same = codes(context).sameCode(element);
        if (!same.isEmpty()) {
            String others = same.stream()
                    .filter(n -> n != element)
                    .map(Findings::labelOf)
                    .collect(Collectors.joining(", "));
            boolean inDocument = CodeScopes.scopeOf(element).isDocument();
            findings.reportVariant(element, inDocument ? null : "directory", CodeScopes.codeOf(element), others);
        }
    }

    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        if (change.getFeature() != PhaenPackage.Literals.NAMED__CODE
                || !(change.getNotifier() instanceof Named named)) {
            return Set.of();
        }
        CodeScopes.Scope scope = CodeScopes.scopeOf(named);
        List<Named> affected = new ArrayList<>();
        for (Object code : new Object[] {change.getOldStringValue(), change.getNewStringValue()}) {
            if (scope != null && code instanceof String s && !s.isBlank()) {
                affected.addAll(codes(context).using(scope, s.strip()));
            }
        }
        return affected;
    }

    private static CodeScopes codes(RuleContext context) {
        return context.memo(CODES, CodeScopes::changesCodes, key -> new CodeScopes(context));
    }
}
