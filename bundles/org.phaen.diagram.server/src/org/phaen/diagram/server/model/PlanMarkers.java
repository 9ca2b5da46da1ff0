/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import com.google.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.phaen.diagram.graph.Node;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.Severity;

/** GLSP's "validate" (and live requests): the rules' findings as markers on the nodes of their elements. */
public class PlanMarkers implements ModelValidator {

    @Inject
    protected PlanModelState state;

    @Override
    public List<Marker> validate(List<GModelElement> elements, String reason) {
        PlanFindings findings = state.read(() -> new PlanFindings(state));
        Language language = PlanFindings.language();
        List<Marker> markers = new ArrayList<>();
        if (state.graph() == null) {
            return markers;
        }
        for (Node node : state.graph().nodes()) {
            for (Finding finding : findings.of(node.elementId())) {
                markers.add(
                        new Marker(finding.ruleId(), finding.message(language), node.id(), kind(finding.severity())));
            }
        }
        return markers;
    }

    private static String kind(Severity severity) {
        return switch (severity) {
            case ERROR -> MarkerKind.ERROR;
            case WARNING -> MarkerKind.WARNING;
            default -> MarkerKind.INFO;
        };
    }
}
