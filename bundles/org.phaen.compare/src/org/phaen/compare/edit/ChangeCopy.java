/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.phaen.compare.Difference;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.PlanIndex;
import org.phaen.compare.Words;

/**
 * The command that makes the destination version agree with the source version on one difference: a value set as
 * the source has it, an element added (copied with what it holds) or deleted, moved to the source's place, a list put
 * in the source's order. One command for the command stack, so one undo takes it back.
 */
public final class ChangeCopy {

    private final EditingDomain domain;
    private final PlanIndex from, to;
    private final Counterparts counterparts;
    private final Placement placement;

    private ChangeCopy(EditingDomain domain, PlanIndex from, PlanIndex to) {
        this.domain = domain;
        this.from = from;
        this.to = to;
        this.counterparts = new Counterparts(from, to);
        this.placement = new Placement(domain, from, to, counterparts);
    }

    /**
     * The command copying {@code difference} of {@code comparison} in {@code direction}, labelled in the words' language;
     * not executable when the copy cannot be made yet (say, a link to an element the destination does not have yet).
     */
    public static Command create(
            EditingDomain domain,
            PlanComparison comparison,
            Difference difference,
            CopyDirection direction,
            Words words) {
        ChangeCopy copy = new ChangeCopy(domain, direction.source(comparison), direction.destination(comparison));
        Command command = copy.command(difference);
        if (!command.canExecute()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand labelled = new CompoundCommand(words.text("copy"));
        labelled.append(command);
        return labelled;
    }

    private Command command(Difference difference) {
        String uuid = difference.uuid();
        return switch (difference) {
            case Difference.Changed changed -> value(from.get(uuid), to.get(uuid), changed.feature());
            case Difference.Added added ->
                from.contains(uuid) ? placement.copyIn(from.get(uuid)) : placement.delete(to.get(uuid));
            case Difference.Removed removed ->
                from.contains(uuid) ? placement.copyIn(from.get(uuid)) : placement.delete(to.get(uuid));
            case Difference.Moved moved -> placement.move(from.get(uuid), to.get(uuid));
            case Difference.Reordered reordered -> order(from.get(uuid), to.get(uuid), reordered.feature());
        };
    }

    private Command value(EObject source, EObject target, EStructuralFeature feature) {
        if (!source.eIsSet(feature)) {
            return new SetCommand(domain, target, feature, SetCommand.UNSET_VALUE);
        }
        Object value = source.eGet(feature, false);
        if (feature instanceof EAttribute) {
            return new SetCommand(domain, target, feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
        }
        if (!feature.isMany()) {
            EObject link = counterparts.of((EObject) value);
            return link == null ? UnexecutableCommand.INSTANCE : new SetCommand(domain, target, feature, link);
        }
        List<EObject> links = new ArrayList<>();
        for (Object each : (List<?>) value) {
            EObject link = counterparts.of((EObject) each);
            if (link == null) {
                return UnexecutableCommand.INSTANCE; // copy the element it links to first
            }
            links.add(link);
        }
        return new SetCommand(domain, target, feature, links);
    }

    /** The destination's list in the source's order, for the elements both lists hold; the others keep their places. */
    private Command order(EObject source, EObject target, EReference feature) {
        List<?> current = (List<?>) target.eGet(feature);
        List<EObject> sourceOrder = new ArrayList<>();
        for (Object child : (List<?>) source.eGet(feature)) {
            EObject counterpart = to.get(PlanIndex.uuidOf((EObject) child));
            if (counterpart != null && current.contains(counterpart)) {
                sourceOrder.add(counterpart);
            }
        }
        Set<EObject> shared = new HashSet<>(sourceOrder);
        List<Object> wanted = new ArrayList<>(current);
        int next = 0;
        for (int i = 0; i < wanted.size(); i++) {
            if (shared.contains(wanted.get(i))) {
                wanted.set(i, sourceOrder.get(next++));
            }
        }
        CompoundCommand moves = new CompoundCommand();
        for (int i = 0; i < wanted.size(); i++) {
            moves.append(new MoveCommand(domain, target, feature, wanted.get(i), i));
        }
        return moves;
    }
}
