/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.phaen.model.Goal;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.problems.PlanWorkspace;

/**
 * What a drop in the Plan Navigator means, done in the plan editor so it is undoable there (the editor opens if it
 * is not open; the planner saves). A project dropped on a strategy now carries out that strategy instead of the one
 * it was shown under; a strategy dropped on a goal now serves that goal; anything else is a move within the file,
 * where EMF.Edit's DragAndDropCommand decides what the model allows (a goal to another issue, a project to another
 * action plan).
 */
final class NavigatorDrop {

    private NavigatorDrop() {}

    /** Whether the drop would do something the model allows, without opening anything. */
    static boolean allowed(TreePath dragged, Object target) {
        EObject element = dragged.getLastSegment() instanceof EObject e ? e : null;
        if (element == null
                || !(target instanceof EObject targetObject)
                || element == target
                || EcoreUtil.isAncestor(element, targetObject)) {
            return false;
        }
        if (element instanceof Project && target instanceof Strategy
                || element instanceof Strategy && target instanceof Goal) {
            return true;
        }
        return element.eResource() == targetObject.eResource() && containmentFor(element, targetObject) != null;
    }

    /** Performs the drop in the element's editor; returns whether a command ran. */
    static boolean perform(IWorkbenchPage page, TreePath dragged, Object target) throws CoreException {
        if (!allowed(dragged, target)) {
            return false;
        }
        EObject shown = (EObject) dragged.getLastSegment();
        Object parent = dragged.getSegmentCount() > 1 ? dragged.getSegment(dragged.getSegmentCount() - 2) : null;
        IEditorPart part = IDE.openEditor(
                page, PlanWorkspace.fileFor(Path.of(shown.eResource().getURI().toFileString())));
        if (!(part instanceof PlanEditor editor)) {
            return false;
        }
        EditingDomain domain = editor.getEditingDomain();
        EObject element = inEditor(domain, shown);
        EObject newParent = inEditor(domain, (EObject) target);
        EObject oldParent = parent instanceof EObject p ? inEditor(domain, p) : null;
        Command command = switch (element) {
            case Project project
            when newParent instanceof Strategy ->
                relink(domain, project, PhaenPackage.Literals.PROJECT__IMPLEMENTS_STRATEGIES, oldParent, newParent);
            case Strategy strategy
            when newParent instanceof Goal ->
                relink(domain, strategy, PhaenPackage.Literals.STRATEGY__SERVES_GOALS, oldParent, newParent);
            default ->
                DragAndDropCommand.create(
                        domain,
                        newParent,
                        0.5f,
                        DragAndDropFeedback.DROP_MOVE,
                        DragAndDropFeedback.DROP_MOVE,
                        List.of(element));
        };
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        editor.select(((org.phaen.model.Identified) element).getUuid());
        return true;
    }

    /** Replaces the link to the parent it was shown under (if it is one of its links) by a link to the new one. */
    private static Command relink(
            EditingDomain domain, EObject element, EReference links, EObject oldParent, EObject newParent) {
        List<?> current = (List<?>) element.eGet(links);
        if (current.contains(newParent)) {
            return null;
        }
        CompoundCommand command = new CompoundCommand();
        if (oldParent != null && current.contains(oldParent)) {
            command.append(RemoveCommand.create(domain, element, links, oldParent));
        }
        command.append(AddCommand.create(domain, element, links, newParent));
        return command;
    }

    private static EReference containmentFor(EObject element, EObject target) {
        return target.eClass().getEAllContainments().stream()
                .filter(r -> r.getEReferenceType().isInstance(element))
                .findFirst()
                .orElse(null);
    }

    /** The editor's own object for one shown by the navigator (which reads plans in a resource set of its own). */
    private static EObject inEditor(EditingDomain domain, EObject shown) {
        return domain.getResourceSet().getEObject(EcoreUtil.getURI(shown), true);
    }
}
