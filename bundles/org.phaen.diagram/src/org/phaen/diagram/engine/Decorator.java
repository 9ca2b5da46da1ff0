/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EObject;
import org.phaen.diagram.description.Decoration;
import org.phaen.diagram.graph.Badge;
import org.phaen.diagram.graph.Node;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.trace.Traceability;

/** Applies the decorations of a mapping to a node (the kinds are documented on {@link Decoration}). */
final class Decorator {

    private final StatusSource statuses;
    private final AlignedPlans aligned;

    Decorator(StatusSource statuses, AlignedPlans aligned) {
        this.statuses = statuses;
        this.aligned = aligned;
    }

    void decorate(Node node, EObject element, List<Decoration> decorations) {
        for (Decoration decoration : decorations) {
            switch (decoration.kind()) {
                case Decoration.BADGES -> badges(node, element, decoration);
                case Decoration.UNALIGNED -> unaligned(node, element, decoration);
                case Decoration.ALIGNED -> aligned(node, element, decoration);
                default -> throw new IllegalArgumentException("unknown decoration kind " + decoration.kind());
            }
        }
    }

    private void badges(Node node, EObject element, Decoration decoration) {
        for (EObject badged : Paths.follow(decoration.path(), List.of(element))) {
            String id = Labels.id(badged);
            String status = statuses.statusOf(id);
            status = status == null ? StatusSource.NO_DATA : status;
            String label = Labels.text(
                    badged, decoration.labelFeature() == null ? List.of("code") : List.of(decoration.labelFeature()));
            node.badges().add(new Badge(id, label, status, decoration.colors().getOrDefault(status, "#9e9e9e")));
        }
    }

    /** Flags plan elements of the named levels whose links reach no other plan document. */
    private static void unaligned(Node node, EObject element, Decoration decoration) {
        if (element instanceof PlanElement planElement
                && inLevels(element, decoration)
                && !Traceability.tracesToOtherDocument(planElement)) {
            node.flags().add(Decoration.UNALIGNED);
            node.setStyle(node.style().with(decoration.style()));
        }
    }

    /** A badge counting the plans and projects aligned to the element from the plans beside the diagram's, naming them in its tooltip. */
    private void aligned(Node node, EObject element, Decoration decoration) {
        if (aligned.isEmpty() || !(element instanceof PlanElement planElement) || !inLevels(element, decoration)) {
            return;
        }
        List<AlignedPlans.Carrier> carriers = aligned.alignedTo(planElement.getUuid());
        String label = new MessageFormat(decoration.text() == null ? "{0} / {1}" : decoration.text(), Locale.ROOT)
                .format(new Object[] {
                    AlignedPlans.documents(carriers).size(),
                    AlignedPlans.projects(carriers).size()
                });
        String status = carriers.isEmpty() ? "NONE" : "ALIGNED";
        String tooltip = carriers.stream()
                .map(c -> c.document() + ": " + c.element()
                        + (c.projects().isEmpty() ? "" : " (" + String.join(", ", c.projects()) + ")"))
                .collect(Collectors.joining("\n"));
        node.badges()
                .add(new Badge(
                        Labels.id(element) + "#aligned",
                        label,
                        status,
                        decoration.colors().getOrDefault(status, "#5e35b1"),
                        tooltip.isEmpty() ? null : tooltip));
    }

    private static boolean inLevels(EObject element, Decoration decoration) {
        PlanDocument document = Traceability.documentOf(element);
        return document != null
                && document.isSetLevel()
                && decoration.levels().contains(document.getLevel().getName());
    }
}
