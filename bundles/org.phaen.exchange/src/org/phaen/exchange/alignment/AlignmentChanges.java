package org.phaen.exchange.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.phaen.model.Alignment;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanElement;
import org.phaen.model.resource.Identifiers;

/**
 * Makes each listed element's alignments what the sheet asks for. An alignment the sheet keeps (same target and
 * kind) keeps its UUID and takes the sheet's rationale; the others are removed, and new ones are added. Elements
 * the sheet does not list are left alone. Run it inside a command when it must be undoable.
 */
public final class AlignmentChanges {

    /** What changed: alignments added, removed and with a new rationale. */
    public record Counts(int added, int removed, int changed) {
        public boolean any() {
            return added + removed + changed > 0;
        }
    }

    private AlignmentChanges() {
    }

    public static Counts apply(Map<PlanElement, List<SheetAlignment>> wanted) {
        int added = 0;
        int removed = 0;
        int changed = 0;
        for (Map.Entry<PlanElement, List<SheetAlignment>> entry : wanted.entrySet()) {
            List<Alignment> existing = new ArrayList<>(entry.getKey().getAlignments());
            List<Alignment> result = new ArrayList<>();
            for (SheetAlignment row : entry.getValue()) {
                Alignment kept = existing.stream().filter(a -> same(a, row)).findFirst().orElse(null);
                if (kept != null) {
                    existing.remove(kept);
                    if (!Objects.equals(kept.getRationale(), row.rationale())) {
                        kept.setRationale(row.rationale());
                        changed++;
                    }
                    result.add(kept);
                } else {
                    result.add(create(row));
                    added++;
                }
            }
            removed += existing.size();
            if (!result.equals(entry.getKey().getAlignments())) {
                entry.getKey().getAlignments().clear();
                entry.getKey().getAlignments().addAll(result);
            }
        }
        return new Counts(added, removed, changed);
    }

    private static boolean same(Alignment alignment, SheetAlignment row) {
        boolean sameKind = row.kind() == null ? !alignment.isSetKind() : alignment.isSetKind() && alignment.getKind() == row.kind();
        return alignment.getTarget() == row.target() && sameKind;
    }

    private static Alignment create(SheetAlignment row) {
        Alignment alignment = PhaenFactory.eINSTANCE.createAlignment();
        alignment.setUuid(Identifiers.newUuid());
        alignment.setTarget(row.target());
        if (row.kind() != null) {
            alignment.setKind(row.kind());
        }
        alignment.setRationale(row.rationale());
        return alignment;
    }
}
