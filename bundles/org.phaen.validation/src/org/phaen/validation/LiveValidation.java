/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;

/**
 * Validation that follows edits: after a change, only what the change can affect is checked
 * again (see {@link AffectedElements}). The workbench calls {@link #revalidate()} after each
 * command and updates the markers of the elements it returns.
 */
public final class LiveValidation {

    private final PlanValidator validator;
    private final ResourceSet resourceSet;
    private final Set<Resource> validated;
    private final RuleContext context;
    private final ECrossReferenceAdapter inverse = new ECrossReferenceAdapter();
    private final Map<EObject, List<Finding>> findings = new HashMap<>();
    private final Set<EObject> dirty = new LinkedHashSet<>();
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                context.changed(notification);
                AffectedElements.collect(notification, inverse, validator, context, dirty);
            }
        }
    };

    public LiveValidation(PlanValidator validator, ResourceSet resourceSet, Collection<Resource> validated) {
        this.validator = validator;
        this.resourceSet = resourceSet;
        this.validated = new HashSet<>(validated);
        this.context = new RuleContext(resourceSet);
    }

    /** Validates everything once and starts following changes. */
    public ValidationReport start() {
        ValidationReport report = validator.validate(List.copyOf(validated), context);
        follow(report);
        return report;
    }

    /**
     * Takes the findings of a whole validation made elsewhere (on another thread, with its own context, while the
     * plan did not change) as the current ones, and from then on follows changes as after {@link #start()}. Called
     * again with a newer whole validation, it replaces the findings; on the thread that owns the resource set.
     */
    public void follow(ValidationReport whole) {
        findings.clear();
        context.invalidate();
        for (Finding finding : whole.findings()) {
            findings.computeIfAbsent(finding.element(), e -> new ArrayList<>()).add(finding);
        }
        if (!resourceSet.eAdapters().contains(listener)) {
            resourceSet.eAdapters().add(inverse);
            resourceSet.eAdapters().add(listener);
        }
    }

    /**
     * What {@link #follow} adapts, in pieces for a caller that cannot stop for a whole large plan at once (an editor's
     * UI thread: a 100,000-object plan took it hundreds of milliseconds): the plans of each validated file. Each given
     * to {@link #adapt} first, {@link #follow} is left only the files and their top elements to adapt.
     */
    public List<EObject> parts() {
        List<EObject> parts = new ArrayList<>();
        for (Resource resource : validated) {
            for (EObject root : resource.getContents()) {
                parts.addAll(root.eContents());
            }
        }
        return parts;
    }

    /** Ahead of {@link #follow}: the changes in {@code part} and all it contains will be followed. On the set's thread. */
    public void adapt(EObject part) {
        if (!part.eAdapters().contains(listener)) {
            part.eAdapters().add(inverse); // the same order as follow gives, the index first
            part.eAdapters().add(listener);
        }
    }

    /** Checks again what the changes since the last call can affect; returns the elements whose findings changed. */
    public Set<EObject> revalidate() {
        Set<EObject> changed = new LinkedHashSet<>();
        for (EObject element : List.copyOf(dirty)) {
            Resource resource = element.eResource();
            List<Finding> now =
                    resource != null && validated.contains(resource) ? validator.validate(element, context) : List.of();
            List<Finding> before = now.isEmpty() ? findings.remove(element) : findings.put(element, now);
            if (!same(before, now)) {
                changed.add(element);
            }
        }
        dirty.clear();
        return changed;
    }

    /** The current findings of one element. */
    public List<Finding> findingsOf(EObject element) {
        return findings.getOrDefault(element, List.of());
    }

    /** All current findings. */
    public ValidationReport report() {
        List<Finding> all = new ArrayList<>();
        findings.values().forEach(all::addAll);
        return new ValidationReport(all);
    }

    /** Stops following the edits of the resource set; the findings so far are kept. */
    public void dispose() {
        resourceSet.eAdapters().remove(listener);
        resourceSet.eAdapters().remove(inverse);
    }

    private static boolean same(List<Finding> before, List<Finding> now) {
        List<Finding> b = before == null ? List.of() : before;
        if (b.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < b.size(); i++) {
            if (!b.get(i).ruleId().equals(now.get(i).ruleId())
                    || !b.get(i).messageEn().equals(now.get(i).messageEn())) {
                return false;
            }
        }
        return true;
    }
}
