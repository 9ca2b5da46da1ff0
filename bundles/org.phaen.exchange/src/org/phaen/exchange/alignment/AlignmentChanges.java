/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
 * the sheet does not list are left alone. Run {@link #apply} inside a command when it must be undoable; {@link #count}
 * says beforehand whether there is anything to do.
 */
public final class AlignmentChanges {

    /** What changed: alignments added, removed and with a new rationale. */
    public record Counts(int added, int removed, int changed) {
        public boolean any() {
            return added + removed + changed > 0;
        }

        Counts plus(Counts other) {
            return new Counts(added + other.added, removed + other.removed, changed + other.changed);
        }
    }

    private AlignmentChanges() {}

    /** What {@link #apply} would change, changing nothing. */
    public static Counts count(Map<PlanElement, List<SheetAlignment>> wanted) {
        return run(wanted, false);
    }

    public static Counts apply(Map<PlanElement, List<SheetAlignment>> wanted) {
        return run(wanted, true);
    }

    private static Counts run(Map<PlanElement, List<SheetAlignment>> wanted, boolean change) {
        Counts total = new Counts(0, 0, 0);
        for (Map.Entry<PlanElement, List<SheetAlignment>> entry : wanted.entrySet()) {
            total = total.plus(one(entry.getKey(), entry.getValue(), change));
        }
        return total;
    }

    private static Counts one(PlanElement element, List<SheetAlignment> rows, boolean change) {
        List<Alignment> existing = new ArrayList<>(element.getAlignments());
        List<Alignment> result = new ArrayList<>();
        int added = 0;
        int changed = 0;
        for (SheetAlignment row : rows) {
            Alignment kept =
                    existing.stream().filter(a -> same(a, row)).findFirst().orElse(null);
            if (kept != null) {
                existing.remove(kept);
                if (!Objects.equals(kept.getRationale(), row.rationale())) {
                    changed++;
                    if (change) {
                        kept.setRationale(row.rationale());
                    }
                }
                result.add(kept);
            } else {
                added++;
                if (change) {
                    result.add(create(row));
                }
            }
        }
        if (change && !result.equals(element.getAlignments())) {
            element.getAlignments().clear();
            element.getAlignments().addAll(result);
        }
        return new Counts(added, existing.size(), changed);
    }

    private static boolean same(Alignment alignment, SheetAlignment row) {
        boolean sameKind = row.kind() == null
                ? !alignment.isSetKind()
                : alignment.isSetKind() && alignment.getKind() == row.kind();
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
