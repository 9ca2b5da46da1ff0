/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import java.util.List;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.phaen.model.Identified;
import org.phaen.model.resource.Identifiers;

/**
 * What an edge mapping's reference means in the model, for making and removing links from the diagram. One step
 * ({@code implementsStrategies}) is a reference of the source; two steps ({@code alignments.target},
 * {@code memberships.person}) go through a child the source contains, made or removed with the link.
 */
public record ReferencePath(List<String> steps) {

    public static ReferencePath of(String reference) {
        return new ReferencePath(List.of(reference.split("\\.")));
    }

    /** The command linking source to target, or an unexecutable one when the model has no such link. */
    public Command link(EditingDomain domain, EObject source, EObject target) {
        EReference first = reference(source, steps.get(0));
        if (first == null) {
            return UnexecutableCommand.INSTANCE;
        }
        if (steps.size() == 1) {
            return first.isMany()
                    ? AddCommand.create(domain, source, first, target)
                    : SetCommand.create(domain, source, first, target);
        }
        EObject child = EcoreUtil.create(first.getEReferenceType());
        if (child instanceof Identified identified) {
            identified.setUuid(Identifiers.newUuid());
        }
        EReference second = reference(child, steps.get(1));
        if (second == null || !first.isContainment()) {
            return UnexecutableCommand.INSTANCE;
        }
        child.eSet(second, target);
        return AddCommand.create(domain, source, first, child);
    }

    /** The command taking the link from source to target away (the child holding it, for two steps). */
    public Command unlink(EditingDomain domain, EObject source, EObject target) {
        EReference first = reference(source, steps.get(0));
        if (first == null) {
            return UnexecutableCommand.INSTANCE;
        }
        if (steps.size() == 1) {
            if (first.isContainment()) {
                return UnexecutableCommand.INSTANCE; // a containment edge shows structure: delete the node instead
            }
            return first.isMany()
                    ? RemoveCommand.create(domain, source, first, target)
                    : SetCommand.create(domain, source, first, SetCommand.UNSET_VALUE);
        }
        for (Object child : (List<?>) source.eGet(first)) {
            EObject holder = (EObject) child;
            EStructuralFeature second = holder.eClass().getEStructuralFeature(steps.get(1));
            if (second != null && holder.eGet(second) == target) {
                return RemoveCommand.create(domain, source, first, holder);
            }
        }
        return UnexecutableCommand.INSTANCE;
    }

    private static EReference reference(EObject object, String name) {
        return object.eClass().getEStructuralFeature(name) instanceof EReference reference ? reference : null;
    }
}
