/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.nio.file.Path;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.phaen.diagram.description.Descriptions;

/** A diagram of one kind (a description id) of a plan open in the plan editor. */
public record DiagramEditorInput(Path planFile, String diagramType) implements IEditorInput {

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    /** "Strategy map: phitsanulok-2562.phaen" in the interface language. */
    @Override
    public String getName() {
        return Messages.bind(Messages.Diagram_title, title(diagramType), planFile.getFileName());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return planFile.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    static String title(String diagramType) {
        return switch (diagramType) {
            case Descriptions.ALIGNMENT -> Messages.Diagram_alignment;
            case Descriptions.PARTNER_NETWORK -> Messages.Diagram_partners;
            default -> Messages.Diagram_strategyMap;
        };
    }
}
