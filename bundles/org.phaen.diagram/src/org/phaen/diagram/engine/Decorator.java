package org.phaen.diagram.engine;

import java.util.List;

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

    Decorator(StatusSource statuses) {
        this.statuses = statuses;
    }

    void decorate(Node node, EObject element, List<Decoration> decorations) {
        for (Decoration decoration : decorations) {
            switch (decoration.kind()) {
                case Decoration.BADGES -> badges(node, element, decoration);
                case Decoration.UNALIGNED -> unaligned(node, element, decoration);
                default -> throw new IllegalArgumentException("unknown decoration kind " + decoration.kind());
            }
        }
    }

    private void badges(Node node, EObject element, Decoration decoration) {
        for (EObject badged : Paths.follow(decoration.path(), List.of(element))) {
            String id = Labels.id(badged);
            String status = statuses.statusOf(id);
            status = status == null ? StatusSource.NO_DATA : status;
            String label = Labels.text(badged, decoration.labelFeature() == null ? List.of("code") : List.of(decoration.labelFeature()));
            node.badges().add(new Badge(id, label, status, decoration.colors().getOrDefault(status, "#9e9e9e")));
        }
    }

    /** Flags plan elements of the named levels whose links reach no other plan document. */
    private static void unaligned(Node node, EObject element, Decoration decoration) {
        if (!(element instanceof PlanElement planElement)) {
            return;
        }
        PlanDocument document = Traceability.documentOf(element);
        if (document == null || !document.isSetLevel() || !decoration.levels().contains(document.getLevel().getName())) {
            return;
        }
        if (!Traceability.tracesToOtherDocument(planElement)) {
            node.flags().add(Decoration.UNALIGNED);
            node.setStyle(node.style().with(decoration.style()));
        }
    }
}
