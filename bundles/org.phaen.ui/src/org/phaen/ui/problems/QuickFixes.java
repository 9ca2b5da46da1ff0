/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.problems;

import java.util.Map;
import java.util.function.Function;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/** Quick fixes (Ctrl+1 in the Problems view) for the rules whose repair is obvious and safe to do for the planner. */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

    private static final Map<String, Function<IMarker, IMarkerResolution>> FIXES = Map.of(
            "PH-IDN-001", marker -> new ModelFix(marker, ModelFix.Kind.UNIQUE_CODE),
            "PH-IDN-003", marker -> new ModelFix(marker, ModelFix.Kind.NEW_CODE),
            "PH-BUD-002", marker -> new ModelFix(marker, ModelFix.Kind.ROUND_TO_SATANG));

    @Override
    public boolean hasResolutions(IMarker marker) {
        return FIXES.containsKey(marker.getAttribute(ProblemMarkers.RULE, ""));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        var fix = FIXES.get(marker.getAttribute(ProblemMarkers.RULE, ""));
        return fix == null ? new IMarkerResolution[0] : new IMarkerResolution[] {fix.apply(marker)};
    }
}
