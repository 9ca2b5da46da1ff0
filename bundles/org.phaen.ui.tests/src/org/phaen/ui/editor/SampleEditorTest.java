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
