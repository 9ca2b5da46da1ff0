/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.ui;

import java.nio.file.Path;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What a comparison shows: the left (older) file and the right (newer) one. For Last Saved Backup the left is the
 * backup the safe save keeps beside the plan ({@code name.phaen.bak}), shown but never changed.
 *
 * @param left the file on the left
 * @param right the file on the right
 * @param leftIsBackup true when the left is the right's backup
 */
public record PlanCompareInput(Path left, Path right, boolean leftIsBackup) implements IEditorInput {

    public PlanCompareInput {
        left = left.toAbsolutePath().normalize();
        right = right.toAbsolutePath().normalize();
    }

    /** Two plan files compared with each other. */
    public static PlanCompareInput eachOther(Path left, Path right) {
        return new PlanCompareInput(left, right, false);
    }

    /** A plan file and its backup (the backup on the left). */
    public static PlanCompareInput withBackup(Path plan, Path backup) {
        return new PlanCompareInput(backup, plan, true);
    }

    @Override
    public String getName() {
        String right = right().getFileName().toString();
        return leftIsBackup
                ? NLS.bind(Messages.Compare_backupTitle, right)
                : NLS.bind(Messages.Compare_title, left().getFileName(), right);
    }

    @Override
    public String getToolTipText() {
        return left + " \u2194 " + right;
    }

    @Override
    public boolean exists() {
        return false; // not reopened on the next start
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
