/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import com.google.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.phaen.diagram.layout.Pin;
import org.phaen.diagram.server.model.PlanModelState;

/** Moving or resizing nodes pins them where the user put them; layout keeps pinned nodes in place. */
public class MoveHandler extends BasicOperationHandler<ChangeBoundsOperation> {

    @Inject
    protected PlanModelState state;

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        Map<String, Pin> pins = new LinkedHashMap<>();
        for (ElementAndBounds bounds : operation.getNewBounds()) {
            pins.put(
                    bounds.getElementId(),
                    new Pin(
                            bounds.getNewPosition().getX(),
                            bounds.getNewPosition().getY(),
                            bounds.getNewSize().getWidth(),
                            bounds.getNewSize().getHeight()));
        }
        return Optional.of(new PinCommand(
                "Move", state.planFile(), state.notation(), state.description().id(), pins));
    }
}
