/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.ui.IEditorPart;

/**
 * An editor other than the plan editor that holds plan files in memory and saves into them (the plan comparison). The
 * plan editor does not open a file such an editor holds until that editor has saved and closed, so no two editors
 * keep their own copy of one file and the later save never writes over the earlier one's edits.
 */
public interface PlanFileHolder extends IEditorPart {

    /** The files held, absolute and normalised. */
    List<Path> heldFiles();
}
