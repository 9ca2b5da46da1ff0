/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UI test on a copy of the sample plans open in the plan editor, closed (unsaved) after each test, the copies' links
 * in the Plans project deleted.
 */
public abstract class SampleEditorTest {

    @TempDir
    protected Path dir;

    protected PlanEditor editor;

    protected PlanEditor openSample() throws Exception {
        editor = TestWorkbench.openSample(dir);
        return editor;
    }

    @AfterEach
    void closeEditor() throws Exception {
        if (editor != null) {
            TestWorkbench.page().closeEditor(editor, false);
        }
        TestWorkbench.unlinkFrom(dir);
    }
}
