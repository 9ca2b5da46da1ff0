/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Runs rules over plan files; usable headless, from the CLI, and under the workbench's markers. A validator holds
 * only its rules and may be shared between threads; each run needs its own {@link RuleContext}, and the plans it
 * reads must not change during the run (EMF models are not thread-safe).
 */
public final class PlanValidator {

    private final List<Rule> rules;
    private final Map<EClass, List<Rule>> rulesByClass = new ConcurrentHashMap<>();

    /** A validator with exactly these rules. */
    public PlanValidator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A validator with every discoverable rule (see {@link RuleRegistry#discover()}), inside OSGi or not. */
    public static PlanValidator withAllRules() {
        return new PlanValidator(RuleRegistry.discover());
    }

    /** The rules this validator runs, sorted by ID when they came from {@link #withAllRules()}. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Validates every plan file in the set, as it is when called (files that links load during the run serve as
     * context only). The rule context is made inside; the run is confined to the calling thread.
     */
    public ValidationReport validate(ResourceSet set) {
        return validate(List.copyOf(set.getResources()), new RuleContext(set));
    }

    /** Validates every element of the given resources (other loaded files only serve as context). */
    public ValidationReport validate(Collection<Resource> resources, RuleContext context) {
        Findings findings = new Findings();
        for (Resource resource : resources) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); ) {
                check(it.next(), context, findings);
            }
        }
        return new ValidationReport(findings.all());
    }

    /** Validates one element (not its children): the unit of incremental validation. */
    public List<Finding> validate(EObject element, RuleContext context) {
        Findings findings = new Findings();
        check(element, context, findings);
        return findings.all();
    }

    private void check(EObject element, RuleContext context, Findings findings) {
        for (Rule rule : rulesFor(element.eClass())) {
            findings.runningRule(rule);
            rule.check(element, context, findings);
        }
    }

    /** The rules that apply to elements of a class, including rules for its supertypes. */
    public List<Rule> rulesFor(EClass eClass) {
        return rulesByClass.computeIfAbsent(eClass, c -> {
            List<Rule> applicable = new ArrayList<>();
            Class<?> instanceClass = c.getInstanceClass();
            for (Rule rule : rules) {
                if (instanceClass != null && rule.type().isAssignableFrom(instanceClass)) {
                    applicable.add(rule);
                }
            }
            return List.copyOf(applicable);
        });
    }
}
