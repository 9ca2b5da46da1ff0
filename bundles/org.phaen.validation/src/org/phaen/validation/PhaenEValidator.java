/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.Map;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.phaen.model.PhaenPackage;
import org.phaen.model.resource.PlanFiles;

/**
 * Plugs the Phaen rules into EMF's {@link org.eclipse.emf.ecore.util.Diagnostician}, next to EMF's
 * own constraints, so tools that only know EMF validation see them too. Each diagnostic's data
 * is {@code [element, Finding]}.
 */
public final class PhaenEValidator extends EObjectValidator {

    /** The source of Phaen's diagnostics. */
    public static final String SOURCE = "org.phaen.validation";

    private final PlanValidator validator;

    /** An EMF validator that runs the given validator's rules. */
    public PhaenEValidator(PlanValidator validator) {
        this.validator = validator;
    }

    /** Registers the validator with every discoverable rule for the Phaen package. */
    public static void register() {
        EValidator.Registry.INSTANCE.put(PhaenPackage.eINSTANCE, new PhaenEValidator(PlanValidator.withAllRules()));
    }

    /**
     * EMF's own constraints, then the Phaen rules for the element; the rule context is kept in EMF's context map
     * for the rest of the Diagnostician's run.
     */
    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, eObject, diagnostics, context);
        if (!valid && diagnostics == null) {
            return false;
        }
        RuleContext rules = context == null
                ? newContext(eObject)
                : (RuleContext) context.computeIfAbsent(RuleContext.class, key -> newContext(eObject));
        for (Finding finding : validator.validate(eObject, rules)) {
            valid &= finding.severity() != Severity.ERROR;
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(
                        severity(finding.severity()),
                        SOURCE,
                        0,
                        finding.ruleId() + " " + finding.messageEn(),
                        new Object[] {eObject, finding}));
            }
        }
        return valid;
    }

    private static RuleContext newContext(EObject eObject) {
        var resource = eObject.eResource();
        return new RuleContext(
                resource != null && resource.getResourceSet() != null
                        ? resource.getResourceSet()
                        : PlanFiles.newResourceSet());
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
    }
}
