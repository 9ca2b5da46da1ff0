/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import com.google.inject.Inject;
import java.util.List;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.server.model.PlanModelState;

/**
 * A palette tool's operation handler. GLSP's registry finds creation handlers by element type id, registered when the
 * session starts: every id the diagram type's palette offers, known from its description before any plan is loaded.
 */
abstract class PaletteCreationHandler<O extends CreateOperation> extends BasicOperationHandler<O>
        implements CreateOperationHandler<O> {

    @Inject
    @DiagramType
    protected String diagramType;

    @Inject
    protected PlanModelState state;

    /** The element type ids of this kind of tool in the description. */
    protected abstract List<String> typeIds(DiagramDescription description);

    @Override
    public List<String> getHandledElementTypeIds() {
        return typeIds(Descriptions.load(diagramType));
    }

    @Override
    public boolean handles(Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }
}
