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
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.phaen.model.Alignment;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;

/**
 * The upward links of every loaded plan element (its alignments, the strategies a project implements,
 * and optionally the strategic issue a strategy belongs to) and which elements reach a goal level along
 * them, transitively. Built once per run in time linear in the elements it starts from (plan documents,
 * issues, strategies, projects) and the elements their links lead to, including elements of files
 * loaded on demand while following links. An element with a link that cannot be resolved counts as reaching the
 * goal: PH-ALN-005 reports the link, and nothing is known beyond it.
 */
final class UpwardTrace {

    /** How one element links to the next (the message choice 0, 1, 2). */
    enum Via { ALIGNMENT, IMPLEMENTS, ISSUE }

    record Link(PlanElement from, Via via, PlanElement to) {
    }

    /** Where the chain of links from an element breaks; {@code link} is null when the element has no link at all. */
    record Break(Link link, String variant) {
    }

    private static final EReference ALIGNMENTS = PhaenPackage.Literals.PLAN_ELEMENT__ALIGNMENTS;

    private final Map<PlanElement, List<Link>> up = new HashMap<>();
    private final Map<PlanElement, List<PlanElement>> down = new HashMap<>();
    private final Set<PlanElement> reaching = new HashSet<>();
    private final Predicate<PlanLevel> stop;

    /**
     * @param goal levels whose elements end a chain successfully
     * @param stop levels a chain may not pass through (reaching them is a break)
     * @param viaIssue whether a strategy also links up through its own strategic issue
     */
    UpwardTrace(Collection<PlanElement> elements, Predicate<PlanLevel> goal, Predicate<PlanLevel> stop, boolean viaIssue) {
        this.stop = stop;
        Deque<PlanElement> work = new ArrayDeque<>(elements);
        Deque<PlanElement> reached = new ArrayDeque<>();
        while (!work.isEmpty()) {
            PlanElement element = work.poll();
            if (up.containsKey(element)) {
                continue;
            }
            List<Link> links = new ArrayList<>(2);
            boolean unresolved = false;
            for (Alignment alignment : element.eIsSet(ALIGNMENTS) ? element.getAlignments() : List.<Alignment>of()) {
                PlanElement target = alignment.getTarget();
                unresolved |= target != null && target.eIsProxy();
                if (target != null && !target.eIsProxy()) {
                    links.add(new Link(element, Via.ALIGNMENT, target));
                }
            }
            if (element instanceof Project project) {
                for (Strategy strategy : project.getImplementsStrategies()) {
                    unresolved |= strategy.eIsProxy();
                    if (!strategy.eIsProxy()) {
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
            PlanLevel level = Plans.levelOf(element);
            if (!isStop(level) && (unresolved || level != null && goal.test(level)) && reaching.add(element)) {
                reached.add(element);
            }
        }
        while (!reached.isEmpty()) {
            for (PlanElement lower : down.getOrDefault(reached.poll(), List.of())) {
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

    /** Follows the first link of each element up from one that does not reach the goal, to where the chain breaks. */
    Break whyNot(PlanElement element) {
        Set<PlanElement> seen = new HashSet<>();
        seen.add(element);
        for (PlanElement at = element;;) {
            List<Link> links = up.getOrDefault(at, List.of());
            if (links.isEmpty()) {
                return new Break(null, null);
            }
            Link link = links.get(0);
            PlanElement to = link.to();
            if (isStop(Plans.levelOf(to))) {
                return new Break(link, "higherPlan");
            } else if (up.getOrDefault(to, List.of()).isEmpty()) {
                return new Break(link, "deadEnd");
            } else if (!seen.add(to)) {
                return new Break(link, "cycle");
            }
            at = to;
        }
    }

    /**
     * Reports an element that does not reach the goal, naming the link where its chain breaks. Arguments:
     * {1} the link's lower element, {2} its upper element, then numbers for choice formats: {4} the kind
     * and {5} the level of the element, {6} the kind of the lower element, {7} the link, {8} the kind and
     * {9} the level of the upper element (see {@link Plans#TEXT}).
     */
    void report(PlanElement element, Findings findings) {
        Break broken = whyNot(element);
        Link link = broken.link();
        if (link == null) {
            findings.report(element, Plans.TEXT, Plans.TEXT, Plans.TEXT, Plans.kindCode(element), Plans.levelCode(element));
        } else {
            findings.reportVariant(element, broken.variant(), Findings.labelOf(link.from()), Findings.labelOf(link.to()), Plans.TEXT,
                    Plans.kindCode(element), Plans.levelCode(element), Plans.kindCode(link.from()), link.via().ordinal(),
                    Plans.kindCode(link.to()), Plans.levelCode(link.to()));
        }
    }

    /** Every element whose chain passes through the given one (itself excluded). */
    Set<PlanElement> below(PlanElement element) {
        Set<PlanElement> found = new LinkedHashSet<>();
        Deque<PlanElement> work = new ArrayDeque<>(List.of(element));
        while (!work.isEmpty()) {
            for (PlanElement lower : down.getOrDefault(work.poll(), List.of())) {
                if (found.add(lower)) {
                    work.add(lower);
                }
            }
        }
        found.remove(element);
        return found;
    }

    /** True for changes that can alter links or levels; other edits leave a built trace valid. */
    static boolean changesLinks(Notification change) {
        Object feature = change.getFeature();
        return RuleContext.isStructural(change) || feature == PhaenPackage.Literals.ALIGNMENT__TARGET
                || feature == PhaenPackage.Literals.PROJECT__IMPLEMENTS_STRATEGIES || feature == PhaenPackage.Literals.PLAN_DOCUMENT__LEVEL;
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
            return below(owner);
        }
        return notifier instanceof PlanElement element ? below(element) : List.of();
    }
}
