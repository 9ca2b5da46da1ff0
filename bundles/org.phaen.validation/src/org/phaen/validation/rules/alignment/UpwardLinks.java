/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EReference;
import org.phaen.model.Alignment;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;

/**
 * The upward links of plan elements (their alignments, the strategies a project implements, and optionally the
 * strategic issue a strategy belongs to), and the same links read downwards. Collected in time linear in the
 * elements given (plan documents, issues, strategies, projects) and the elements their links lead to, including
 * elements of files loaded on demand while following links. Links that cannot be resolved are not followed; the
 * elements that have one are noted.
 */
final class UpwardLinks {

    /** How one element links to the next (the message choice 0, 1, 2). */
    enum Via {
        ALIGNMENT,
        IMPLEMENTS,
        ISSUE
    }

    record Link(PlanElement from, Via via, PlanElement to) {}

    private static final EReference ALIGNMENTS = PhaenPackage.Literals.PLAN_ELEMENT__ALIGNMENTS;

    private final Map<PlanElement, List<Link>> up = new HashMap<>();
    private final Map<PlanElement, List<PlanElement>> down = new HashMap<>();
    private final Set<PlanElement> unresolved = new HashSet<>();

    /** @param viaIssue whether a strategy also links up through its own strategic issue */
    UpwardLinks(Collection<PlanElement> elements, boolean viaIssue) {
        Deque<PlanElement> work = new ArrayDeque<>(elements);
        while (!work.isEmpty()) {
            PlanElement element = work.poll();
            if (up.containsKey(element)) {
                continue;
            }
            List<Link> links = new ArrayList<>(2);
            for (Alignment alignment : element.eIsSet(ALIGNMENTS) ? element.getAlignments() : List.<Alignment>of()) {
                PlanElement target = alignment.getTarget();
                if (target != null && target.eIsProxy()) {
                    unresolved.add(element);
                }
                if (target != null && !target.eIsProxy()) {
                    links.add(new Link(element, Via.ALIGNMENT, target));
                }
            }
            if (element instanceof Project project) {
                for (Strategy strategy : project.getImplementsStrategies()) {
                    if (strategy.eIsProxy()) {
                        unresolved.add(element);
                    } else {
                        links.add(new Link(element, Via.IMPLEMENTS, strategy));
                    }
                }
            }
            if (viaIssue && element instanceof Strategy && element.eContainer() instanceof StrategicIssue issue) {
                links.add(new Link(element, Via.ISSUE, issue));
            }
            up.put(element, links);
            for (Link link : links) {
                down.computeIfAbsent(link.to(), k -> new ArrayList<>(2)).add(element);
                work.add(link.to());
            }
        }
    }

    /** Every element collected: those given and those their links lead to. */
    Set<PlanElement> elements() {
        return up.keySet();
    }

    /** The links up from an element, the first one first. */
    List<Link> from(PlanElement element) {
        return up.getOrDefault(element, List.of());
    }

    /** The elements linking up to an element directly. */
    List<PlanElement> below(PlanElement element) {
        return down.getOrDefault(element, List.of());
    }

    /** Whether an element has a link that cannot be resolved (its target is missing). */
    boolean hasUnresolvedLink(PlanElement element) {
        return unresolved.contains(element);
    }

    /** Every element whose chain passes through the given one (itself excluded). */
    Set<PlanElement> allBelow(PlanElement element) {
        Set<PlanElement> found = new LinkedHashSet<>();
        Deque<PlanElement> work = new ArrayDeque<>(List.of(element));
        while (!work.isEmpty()) {
            for (PlanElement lower : below(work.poll())) {
                if (found.add(lower)) {
                    work.add(lower);
                }
            }
        }
        found.remove(element);
        return found;
    }
}
