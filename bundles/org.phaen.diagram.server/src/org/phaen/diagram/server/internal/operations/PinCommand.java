/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.emf.common.command.AbstractCommand;
import org.phaen.diagram.layout.Pin;
import org.phaen.diagram.notation.Notation;
import org.phaen.diagram.notation.NotationFile;

/**
 * Positions and sizes fixed by hand, as a command on the plan's stack so undo and redo cover them like any edit.
 * They live in the notation file beside the plan, written at once: plan files stay free of layout.
 */
final class PinCommand extends AbstractCommand {

    private final Path planFile;
    private final Notation notation;
    private final String diagram;
    private final Map<String, Pin> after;
    private final Map<String, Pin> before = new HashMap<>();

    /** {@code after}: node id to its new pin; a null pin unpins the node (layout places it again). */
    PinCommand(String label, Path planFile, Notation notation, String diagram, Map<String, Pin> after) {
        super(label);
        this.planFile = planFile;
        this.notation = notation;
        this.diagram = diagram;
        this.after = after;
    }

    @Override
    protected boolean prepare() {
        return !after.isEmpty();
    }

    @Override
    public void execute() {
        Map<String, Pin> pins = notation.pins(diagram);
        after.keySet().forEach(id -> before.put(id, pins.get(id)));
        apply(after);
    }

    @Override
    public void undo() {
        apply(before);
    }

    @Override
    public void redo() {
        apply(after);
    }

    private void apply(Map<String, Pin> values) {
        Map<String, Pin> pins = notation.pins(diagram);
        values.forEach((id, pin) -> {
            if (pin == null) {
                pins.remove(id);
            } else {
                pins.put(id, pin);
            }
        });
        try {
            NotationFile.save(planFile, notation);
        } catch (IOException e) {
            throw new UncheckedIOException("the diagram positions could not be written beside the plan", e);
        }
    }
}
