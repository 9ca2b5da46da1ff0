/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.util.ArrayList;
import java.util.List;

/** Every problem found in one file, each naming its row and column, collected before anything is stored. */
public final class ImportProblems {

    private final List<String> messages = new ArrayList<>();

    public void add(String where, String message) {
        messages.add(where + ": " + message);
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }
}
