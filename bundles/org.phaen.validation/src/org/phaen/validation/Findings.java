/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.Identified;
import org.phaen.model.Named;

/**
 * Collects what rules report. A rule says only which element and the message arguments; the
 * element's label is always argument {0}, the rule's own arguments follow as {1}, {2}, ...
 */
public final class Findings {

    private final List<Finding> found = new ArrayList<>();
    private final Map<Rule, RuleMessages> messages = new IdentityHashMap<>(); // asked once a finding
    private Rule current;

    void runningRule(Rule rule) {
        current = rule;
    }

    /** Reports the current rule's problem on an element, with the message {@code <ID>.message}. */
    public void report(EObject element, Object... args) {
        reportVariant(element, null, args);
    }

    /** Reports with the message {@code <ID>.<variant>.message}, for rules that say several things. */
    public void reportVariant(EObject element, String variant, Object... args) {
        String label = labelOf(element);
        Object[] all = new Object[args.length + 1];
        all[0] = label;
        System.arraycopy(args, 0, all, 1, args.length);
        Resource resource = element.eResource();
        found.add(new Finding(
                current.id(),
                current.severity(),
                element,
                element instanceof Identified identified ? identified.getUuid() : null,
                label,
                resource == null ? null : resource.getURI().lastSegment(),
                FindingText.of(messages.computeIfAbsent(current, RuleMessages::of), current.id(), variant, all)));
    }

    /** Everything reported so far, in the order reported. */
    public List<Finding> all() {
        return found;
    }

    /** {@code CODE “ชื่อ”}, or the kind and UUID of an element without a name. */
    public static String labelOf(EObject element) {
        if (element instanceof Named named && (named.getCode() != null || named.getName() != null)) {
            String code = named.getCode() == null ? "" : named.getCode();
            return named.getName() == null ? code : (code + " \"" + named.getName() + "\"").trim();
        }
        String uuid = element instanceof Identified identified ? " " + identified.getUuid() : "";
        return element.eClass().getName() + uuid;
    }
}
