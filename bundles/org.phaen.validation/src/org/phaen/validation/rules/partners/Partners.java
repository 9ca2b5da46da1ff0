/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;

/**
 * What the partner rules share. Dates go into messages twice: first in English (ISO, C.E.), then in Thai
 * (B.E., e.g. “1 ตุลาคม 2561”), so an English message uses the first run of arguments and a Thai one the second.
 */
final class Partners {

    private Partners() {}

    /** A project still under way: approved, in progress, or without a status yet. */
    static boolean active(Project project) {
        return !project.isSetStatus()
                || project.getStatus() == ProjectStatus.APPROVED
                || project.getStatus() == ProjectStatus.IN_PROGRESS;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
