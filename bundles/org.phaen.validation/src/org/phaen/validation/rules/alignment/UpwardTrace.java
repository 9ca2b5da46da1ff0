/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Alignment;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;

/**
 * Which loaded plan elements reach a goal level along their {@link UpwardLinks upward links}, transitively, in time
 * linear in the links. An element with a link that cannot be resolved counts as reaching the goal: PH-ALN-005
 * reports the link, and nothing is known beyond it.
 */
final class UpwardTrace {

    private final UpwardLinks links;
    private final Set<PlanElement> reaching = new HashSet<>();
    private final Predicate<PlanLevel> stop;

    /**
     * @param goal levels whose elements end a chain successfully
     * @param stop levels a chain may not pass through (reaching them is a break)
     * @param viaIssue whether a strategy also links up through its own strategic issue
     */
    UpwardTrace(
            Collection<PlanElement> elements, Predicate<PlanLevel> goal, Predicate<PlanLevel> stop, boolean viaIssue) {
        this.stop = stop;
        this.links = new UpwardLinks(elements, viaIssue);
        Deque<PlanElement> reached = new ArrayDeque<>();
        for (PlanElement element : links.elements()) {
            PlanLevel level = Plans.levelOf(element);
            if (!isStop(level)
                    && (links.hasUnresolvedLink(element) || level != null && goal.test(level))
                    && reaching.add(element)) {
                reached.add(element);
            }
        }
        while (!reached.isEmpty()) {
            for (PlanElement lower : links.below(reached.poll())) {
                if (!isStop(Plans.levelOf(lower)) && reaching.add(lower)) {
                    reached.add(lower);
                }
            }
        }
    }

    private boolean isStop(PlanLevel level) {
        return level != null && stop.test(level);
    }

    boolean reaches(PlanElement element) {
        return reaching.contains(element);
    }

    /** Reports an element that does not reach the goal, naming the link where its chain breaks. */
    void report(PlanElement element, Findings findings) {
        ChainBreak.of(element, links, to -> isStop(Plans.levelOf(to))).report(element, findings);
    }

    /** True for changes that can alter links or levels; other edits leave a built trace valid. */
    static boolean changesLinks(Notification change) {
        Object feature = change.getFeature();
        return RuleContext.isStructural(change)
                || feature == PhaenPackage.Literals.ALIGNMENT__TARGET
                || feature == PhaenPackage.Literals.PROJECT__IMPLEMENTS_STRATEGIES
                || feature == PhaenPackage.Literals.PLAN_DOCUMENT__LEVEL;
    }

    /** What a change makes worth checking again: everything whose chain passes through the element whose links changed. */
    Collection<? extends EObject> affectedBy(Notification change, RuleContext context) {
        if (!changesLinks(change)) {
            return List.of();
        }
        if (change.getFeature() == PhaenPackage.Literals.PLAN_DOCUMENT__LEVEL) {
            return context.all(PlanElement.class);
        }
        Object notifier = change.getNotifier();
        if (notifier instanceof Alignment alignment && alignment.eContainer() instanceof PlanElement owner) {
            return links.allBelow(owner);
        }
        return notifier instanceof PlanElement element ? links.allBelow(element) : List.of();
    }
}
