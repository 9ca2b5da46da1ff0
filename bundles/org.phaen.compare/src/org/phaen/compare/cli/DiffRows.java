/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.emf.ecore.EObject;
import org.phaen.compare.DiffText;
import org.phaen.compare.Difference;
import org.phaen.compare.ElementNames;
import org.phaen.compare.Words;
import org.phaen.model.Named;

/** The differences as rows of plain fields, the same for the JSON and the HTML form. */
final class DiffRows {

    record Row(
            String kind,
            String uuid,
            String elementKind,
            String code,
            String element,
            String where,
            String feature,
            String change) {}

    private DiffRows() {}

    static List<Row> of(List<Difference> differences, Words words) {
        ElementNames names = new ElementNames(words);
        DiffText text = new DiffText(words);
        List<Row> rows = new ArrayList<>();
        for (Difference difference : differences) {
            EObject element = switch (difference) {
                case Difference.Added a -> a.element();
                case Difference.Removed r -> r.element();
                case Difference.Moved m -> m.after();
                case Difference.Changed c -> c.after();
                case Difference.Reordered o -> o.after();
            };
            String feature = switch (difference) {
                case Difference.Changed c -> c.feature().getName();
                case Difference.Reordered o -> o.feature().getName();
                default -> null;
            };
            String change = switch (difference) {
                case Difference.Changed c -> text.change(c);
                case Difference.Moved m ->
                    words.text(
                            "movedTo",
                            names.of(m.before().eContainer()),
                            names.of(m.after().eContainer()));
                case Difference.Reordered o -> words.text("order", words.feature(o.feature()));
                default -> null;
            };
            EObject container = element.eContainer();
            rows.add(new Row(
                    difference.kind().name().toLowerCase(Locale.ROOT),
                    difference.uuid(),
                    element.eClass().getName(),
                    element instanceof Named named ? named.getCode() : null,
                    names.of(element),
                    container == null ? null : names.of(container),
                    feature,
                    change));
        }
        return rows;
    }
}
