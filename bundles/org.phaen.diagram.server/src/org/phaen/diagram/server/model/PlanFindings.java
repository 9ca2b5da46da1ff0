/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** The validation rules' findings on the diagram's plan (the same rules as the Problems view), by element UUID. */
public final class PlanFindings {

    private static final PlanValidator VALIDATOR = PlanValidator.withAllRules();

    private final Map<String, List<Finding>> byElement = new HashMap<>();

    public PlanFindings(PlanModelState state) {
        for (Finding finding : VALIDATOR
                .validate(
                        List.of(state.plan().eResource()),
                        new RuleContext(state.domain().getResourceSet()))
                .findings()) {
            byElement
                    .computeIfAbsent(finding.elementUuid(), k -> new java.util.ArrayList<>())
                    .add(finding);
        }
    }

    public List<Finding> of(String elementUuid) {
        return byElement.getOrDefault(elementUuid, List.of());
    }

    /** "error", "warning" or "" for the node's decoration: the worst finding on the element. */
    public String worst(String elementUuid) {
        List<Finding> findings = of(elementUuid);
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return "error";
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? "warning" : "";
    }

    /** Messages in the interface language of the server's JVM (-nl th in the workbench). */
    public static Language language() {
        return Language.of(Locale.getDefault().getLanguage());
    }
}
