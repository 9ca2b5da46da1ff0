/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.phaen.compare.Difference;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.PlanDiff;
import org.phaen.compare.Words;
import org.phaen.compare.edit.ChangeCopy;
import org.phaen.compare.edit.CopyDirection;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;
import org.phaen.ui.editor.OpenPlan;
import org.phaen.ui.editor.SavedState;

/**
 * The two versions of a comparison in one editing domain: its command stack takes every copied change (undo, redo,
 * dirty), its item providers label both trees. A backup is read as if it lived beside its plan, so its links to
 * other files lead where the plan's do.
 */
public final class ComparedPlans {

    private final PlanCompareInput input;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final PlanModel left, right;
    private PlanComparison comparison;

    private ComparedPlans(
            PlanCompareInput input,
            ComposedAdapterFactory adapterFactory,
            AdapterFactoryEditingDomain domain,
            PlanModel left,
            PlanModel right) {
        this.input = input;
        this.adapterFactory = adapterFactory;
        this.domain = domain;
        this.left = left;
        this.right = right;
        refresh();
    }

    public static ComparedPlans load(PlanCompareInput input) throws PlanLoadException {
        AdapterFactoryEditingDomain domain = OpenPlan.newDomain();
        ResourceSet set = domain.getResourceSet();
        Path right = input.right();
        PlanModel leftModel = input.leftIsBackup()
                ? PlanFiles.loadAs(set, input.left(), right.resolveSibling(right.getFileName() + ".bak.phaen"))
                : PlanFiles.load(set, input.left());
        PlanModel rightModel = PlanFiles.load(set, right);
        leftModel.eResource().setTrackingModification(true);
        rightModel.eResource().setTrackingModification(true);
        return new ComparedPlans(
                input, (ComposedAdapterFactory) domain.getAdapterFactory(), domain, leftModel, rightModel);
    }

    /** Compares the two versions again (after a copy, an undo or a redo). */
    public PlanComparison refresh() {
        comparison = PlanDiff.compare(left, right);
        return comparison;
    }

    public PlanComparison comparison() {
        return comparison;
    }

    /** The command copying the difference in the direction, or an unexecutable one (the backup is never changed). */
    public Command copy(Difference difference, CopyDirection direction, Words words) {
        if (direction == CopyDirection.NEW_TO_OLD && input.leftIsBackup()) {
            return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
        }
        return ChangeCopy.create(domain, comparison, difference, direction, words);
    }

    /** Saves, with the safe save, each plan file a copy changed; the backup is never written. */
    public void save() throws IOException {
        for (PlanModel model : input.leftIsBackup() ? new PlanModel[] {right} : new PlanModel[] {left, right}) {
            Resource resource = model.eResource();
            if (resource.isModified()) {
                PlanFiles.save(model);
                resource.setModified(false);
            }
        }
        SavedState.markSaved(domain);
    }

    public boolean isDirty() {
        return SavedState.isDirty(domain);
    }

    public PlanCompareInput input() {
        return input;
    }

    public PlanModel left() {
        return left;
    }

    public PlanModel right() {
        return right;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
