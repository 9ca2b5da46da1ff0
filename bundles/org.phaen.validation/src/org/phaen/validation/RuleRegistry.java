/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.phaen.model.extension.Extensions;

/**
 * Finds the rules: Phaen's own and any other tool's, through {@link ServiceLoader} (a
 * {@code META-INF/services/org.phaen.validation.Rule} file) on this bundle's class loader and on
 * the thread's context class loader, and inside OSGi also as services of type {@link Rule}
 * registered by other bundles ({@link Extensions}). Rule IDs must be unique.
 */
public final class RuleRegistry {

    private RuleRegistry() {}

    /** All discoverable rules, sorted by ID. */
    public static List<Rule> discover() {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : Extensions.all(Rule.class)) {
            Rule previous = byId.putIfAbsent(rule.id(), rule);
            if (previous != null && previous.getClass() != rule.getClass()) {
                throw new IllegalStateException("two rules claim ID " + rule.id() + ": "
                        + previous.getClass().getName() + " and "
                        + rule.getClass().getName());
            }
        }
        List<Rule> rules = new ArrayList<>(byId.values());
        rules.sort(Comparator.comparing(Rule::id));
        return rules;
    }
}
