/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.query;

import java.util.List;
import org.phaen.model.Project;

/** The UN Sustainable Development Goals a project names ({@code sdgGoals}): there are seventeen, numbered 1 to 17. */
public final class Sdgs {

    public static final int FIRST = 1;
    public static final int LAST = 17;

    private Sdgs() {}

    /** Whether the number names one of the seventeen goals. */
    public static boolean isGoal(int number) {
        return number >= FIRST && number <= LAST;
    }

    /** The numbers the project names that are no goal (0, 18, -4), in the project's order. */
    public static List<Integer> unknown(Project project) {
        return project.getSdgGoals().stream().filter(n -> !isGoal(n)).toList();
    }
}
