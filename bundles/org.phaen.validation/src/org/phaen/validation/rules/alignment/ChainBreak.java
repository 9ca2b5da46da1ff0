/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.phaen.model.PlanElement;
import org.phaen.validation.Findings;
import org.phaen.validation.rules.alignment.UpwardLinks.Link;

/**
 * Where the chain of upward links from an element that does not reach its goal breaks: the link to a plan the chain
 * may not pass through ({@code higherPlan}), to an element linked to nothing ({@code deadEnd}), or back to an element
 * already on the chain ({@code cycle}); {@code link} is null when the element has no link at all.
 */
record ChainBreak(Link link, String variant) {

    /** Follows the first link of each element up from the given one, to where the chain breaks. */
    static ChainBreak of(PlanElement element, UpwardLinks links, Predicate<PlanElement> stops) {
        Set<PlanElement> seen = new HashSet<>();
        seen.add(element);
        for (PlanElement at = element; ; ) {
            List<Link> up = links.from(at);
            if (up.isEmpty()) {
                return new ChainBreak(null, null);
            }
            Link link = up.get(0);
            PlanElement to = link.to();
            if (stops.test(to)) {
                return new ChainBreak(link, "higherPlan");
            } else if (links.from(to).isEmpty()) {
                return new ChainBreak(link, "deadEnd");
            } else if (!seen.add(to)) {
                return new ChainBreak(link, "cycle");
            }
            at = to;
        }
    }

    /**
     * Reports the element, naming the link where its chain breaks. Arguments: {1} the link's lower element, {2} its
     * upper element, then numbers for choice formats: {4} the kind and {5} the level of the element, {6} the kind of
     * the lower element, {7} the link, {8} the kind and {9} the level of the upper element (see {@link Plans#TEXT}).
     */
    void report(PlanElement element, Findings findings) {
        if (link == null) {
            findings.report(
                    element, Plans.TEXT, Plans.TEXT, Plans.TEXT, Plans.kindCode(element), Plans.levelCode(element));
        } else {
            findings.reportVariant(
                    element,
                    variant,
                    Findings.labelOf(link.from()),
                    Findings.labelOf(link.to()),
                    Plans.TEXT,
                    Plans.kindCode(element),
                    Plans.levelCode(element),
                    Plans.kindCode(link.from()),
                    link.via().ordinal(),
                    Plans.kindCode(link.to()),
                    Plans.levelCode(link.to()));
        }
    }
}
