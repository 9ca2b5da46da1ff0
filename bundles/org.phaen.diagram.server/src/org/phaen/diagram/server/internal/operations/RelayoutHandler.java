/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import com.google.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.phaen.diagram.layout.Pin;
import org.phaen.diagram.server.model.PlanModelState;

/** Re-layout: the selected nodes (all when none is selected) give up their pins and ELK places them again. Undoable. */
public class RelayoutHandler extends BasicOperationHandler<LayoutOperation> {

    @Inject
    protected PlanModelState state;

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        Map<String, Pin> pins = state.notation().pins(state.description().id());
        Map<String, Pin> unpin = new HashMap<>();
        var ids = operation.getElementIds() == null || operation.getElementIds().isEmpty()
                ? pins.keySet()
                : operation.getElementIds();
        ids.stream().filter(pins::containsKey).forEach(id -> unpin.put(id, null));
        return unpin.isEmpty()
                ? doNothing()
                : Optional.of(new PinCommand(
                        "Layout",
                        state.planFile(),
                        state.notation(),
                        state.description().id(),
                        unpin));
    }
}
