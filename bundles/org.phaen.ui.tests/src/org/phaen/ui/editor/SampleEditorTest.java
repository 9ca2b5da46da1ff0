package org.phaen.ui.editor;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A UI test on a copy of the sample plans open in the plan editor, closed (unsaved) after each test. */
public abstract class SampleEditorTest {

    @TempDir
    protected Path dir;

    protected PlanEditor editor;

    protected PlanEditor openSample() throws Exception {
        editor = TestWorkbench.openSample(dir);
        return editor;
    }

    @AfterEach
    void closeEditor() {
        if (editor != null) {
            TestWorkbench.page().closeEditor(editor, false);
        }
    }
}
