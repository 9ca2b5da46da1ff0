/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
