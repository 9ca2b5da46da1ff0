package org.phaen.ui.welcome;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.phaen.ui.Messages;

/** The welcome page's input: there is one page, so every input is the same. */
final class WelcomeInput implements IEditorInput {

    static final WelcomeInput INSTANCE = new WelcomeInput();

    private WelcomeInput() {}

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return Messages.Welcome_title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.Welcome_title;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
