/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.io.IOException;
import java.util.List;

/**
 * A save was refused before anything was written, because the file would lose information (an element
 * without a UUID, a UUID used twice, a reference to an element in no file) or because its name is not a
 * plan file name. The previous file, if any, is untouched.
 */
public class PlanSaveRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems each problem as a sentence */
    public PlanSaveRefusedException(String file, List<String> problems) {
        super(file + ": not saved, the model would lose information: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    private PlanSaveRefusedException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    /** The refusal of a file name that is not {@code *.phaen}. */
    static PlanSaveRefusedException wrongExtension(String file) {
        return new PlanSaveRefusedException(
                file + ": not saved: plan files are named *." + PhaenResourceFactory.EXTENSION);
    }

    /** The problems found, as sentences. */
    public List<String> getProblems() {
        return problems;
    }
}
