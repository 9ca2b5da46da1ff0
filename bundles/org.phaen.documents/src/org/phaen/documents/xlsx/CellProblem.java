/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.xlsx;

import java.util.List;

/**
 * A cell whose value cannot be read exactly; the message says why and how to type it, the caller says where. A cell
 * holding several values (codes separated by commas) may have a problem with each: one message per value.
 */
public final class CellProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> messages;

    public CellProblem(String message) {
        this(List.of(message));
    }

    /** One problem per message, in the order of the values of the cell; at least one. */
    public CellProblem(List<String> messages) {
        super(String.join("; ", messages));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a cell problem says what is wrong");
        }
        this.messages = List.copyOf(messages);
    }

    /** What is wrong, one message for each value of the cell that is. */
    public List<String> messages() {
        return messages;
    }
}
