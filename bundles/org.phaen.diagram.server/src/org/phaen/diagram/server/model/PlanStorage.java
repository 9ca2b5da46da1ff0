/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import com.google.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.ClientOptionsUtil;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.diagram.notation.NotationFile;
import org.phaen.model.resource.PlanFiles;

/**
 * Opens the plan file the client names ({@code sourceUri}), if the workbench has it open ({@link PlanSessions}), for the diagram type it asks for;
 * saves it back safely.
 */
public class PlanStorage implements SourceModelStorage {

    /** The request option with the client's aspect ratio. */
    public static final String ASPECT_RATIO = "aspectRatio";

    @Inject
    protected PlanModelState state;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        String uri = action.getOptions().get(ClientOptionsUtil.SOURCE_URI);
        String type = action.getOptions().getOrDefault(ClientOptionsUtil.DIAGRAM_TYPE, Descriptions.STRATEGY_MAP);
        if (uri == null || uri.isBlank()) {
            throw new GLSPServerException("the diagram names no plan file (sourceUri)");
        }
        Path file = uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri);
        try {
            state.open(PlanSessions.sessionFor(file), Descriptions.load(type), NotationFile.load(file));
            state.setAspectRatio(aspectRatio(action.getOptions().get(ASPECT_RATIO)));
        } catch (IOException | IllegalArgumentException e) {
            throw new GLSPServerException(e.getMessage(), e);
        }
    }

    /** The client's drawing area, width / height (the page sends it with its request), or the default. */
    private static double aspectRatio(String option) {
        try {
            return option == null ? ElkLayout.ASPECT_RATIO : Double.parseDouble(option);
        } catch (NumberFormatException e) {
            return ElkLayout.ASPECT_RATIO;
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        try {
            PlanFiles.save(state.plan());
            if (state.domain().getCommandStack() instanceof BasicCommandStack stack) {
                stack.saveIsDone();
            }
        } catch (IOException e) {
            throw new GLSPServerException("the plan could not be saved: " + e.getMessage(), e);
        }
    }
}
