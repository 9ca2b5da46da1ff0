/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.edit;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.phaen.compare.PlanIndex;

/** Elements put where the source has them in the destination version: copied in, deleted, moved. */
final class Placement {

    private final EditingDomain domain;
    private final PlanIndex from, to;
    private final Counterparts counterparts;

    Placement(EditingDomain domain, PlanIndex from, PlanIndex to, Counterparts counterparts) {
        this.domain = domain;
        this.from = from;
        this.to = to;
        this.counterparts = counterparts;
    }

    /** A copy of the source's element (with what it holds) into the destination's counterpart of its container. */
    Command copyIn(EObject element) {
        EObject container = to.get(PlanIndex.uuidOf(element.eContainer()));
        if (container == null || subtree(element).stream().anyMatch(e -> to.contains(PlanIndex.uuidOf(e)))) {
            return UnexecutableCommand
                    .INSTANCE; // its place is not there yet, or part of it is elsewhere in the destination
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier(false, true) {
            @Override
            public EObject get(Object original) {
                EObject copied = super.get(original);
                return copied != null ? copied : counterparts.of((EObject) original);
            }
        };
        EObject copy = copier.copy(element);
        copier.copyReferences();
        return insert(container, element.eContainmentFeature(), copy, indexFor(element, container));
    }

    /** The destination's element deleted, with every link to it (or to what it holds) from the rest of its file. */
    Command delete(EObject element) {
        Set<EObject> doomed = subtree(element);
        CompoundCommand delete = new CompoundCommand();
        Map<EObject, Collection<Setting>> usages =
                EcoreUtil.UsageCrossReferencer.findAll(doomed, to.root().eResource());
        usages.forEach((target, settings) -> {
            for (Setting setting : settings) {
                if (!doomed.contains(setting.getEObject())
                        && setting.getEStructuralFeature().isChangeable()) {
                    delete.append(unlink(setting.getEObject(), (EReference) setting.getEStructuralFeature(), target));
                }
            }
        });
        delete.append(remove(element));
        return delete;
    }

    /** The destination's element moved into the counterpart of the source's container, at the source's place. */
    Command move(EObject source, EObject element) {
        EObject container = to.get(PlanIndex.containerUuid(source));
        if (container == null
                || container.eClass() != source.eContainer().eClass()
                || subtree(element).contains(container)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand move = new CompoundCommand();
        move.append(remove(element));
        move.append(insert(container, source.eContainmentFeature(), element, indexFor(source, container)));
        return move;
    }

    private Command insert(EObject container, EReference feature, EObject element, int index) {
        if (feature.isMany()) {
            return new AddCommand(domain, container, feature, element, index);
        }
        return container.eIsSet(feature)
                ? UnexecutableCommand.INSTANCE
                : new SetCommand(domain, container, feature, element);
    }

    private Command remove(EObject element) {
        EReference feature = element.eContainmentFeature();
        return feature.isMany()
                ? new RemoveCommand(domain, element.eContainer(), feature, element)
                : new SetCommand(domain, element.eContainer(), feature, SetCommand.UNSET_VALUE);
    }

    private Command unlink(EObject owner, EReference feature, EObject target) {
        return feature.isMany()
                ? new RemoveCommand(domain, owner, feature, target)
                : new SetCommand(domain, owner, feature, SetCommand.UNSET_VALUE);
    }

    /** Where the source's element goes in the destination's list: after the nearest preceding sibling the destination has there. */
    private int indexFor(EObject source, EObject container) {
        EReference feature = source.eContainmentFeature();
        if (!feature.isMany()) {
            return 0;
        }
        List<?> siblings = (List<?>) source.eContainer().eGet(feature);
        List<?> destination = (List<?>) container.eGet(feature);
        for (int i = siblings.indexOf(source) - 1; i >= 0; i--) {
            int at = destination.indexOf(to.get(PlanIndex.uuidOf((EObject) siblings.get(i))));
            if (at >= 0) {
                return at + 1;
            }
        }
        return 0;
    }

    private static Set<EObject> subtree(EObject element) {
        Set<EObject> all = new HashSet<>();
        all.add(element);
        element.eAllContents().forEachRemaining(all::add);
        return all;
    }
}
