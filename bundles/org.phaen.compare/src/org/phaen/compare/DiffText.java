/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phaen.compare.Difference.Added;
import org.phaen.compare.Difference.Changed;
import org.phaen.compare.Difference.Moved;
import org.phaen.compare.Difference.Removed;
import org.phaen.compare.Difference.Reordered;

/**
 * A comparison as lines of text: one line per element (what happened to it, named by kind, code and name), and for a
 * changed element one indented line per attribute, {@code name: old → new}, numbers with their difference.
 */
public final class DiffText {

    private final ElementNames names;
    private final ValueText values;

    public DiffText(Words words) {
        names = new ElementNames(words);
        values = new ValueText(names);
    }

    public List<String> lines(PlanComparison comparison) {
        Words words = names.words();
        List<String> lines = new ArrayList<>();
        String lastChanged = null;
        for (Difference difference : comparison.differences()) {
            String head = words.text(difference.kind().name().toLowerCase(java.util.Locale.ROOT)) + " ";
            switch (difference) {
                case Changed changed -> {
                    if (!changed.uuid().equals(lastChanged)) {
                        lines.add(head + names.of(changed.after()));
                    }
                    lines.add("    " + change(changed));
                }
                case Added added ->
                    lines.add(head
                            + names.of(added.element())
                            + where("into", added.element())
                            + inside(added.element()));
                case Removed removed ->
                    lines.add(head
                            + names.of(removed.element())
                            + where("from", removed.element())
                            + inside(removed.element()));
                case Moved moved ->
                    lines.add(head + names.of(moved.after()) + " "
                            + words.text(
                                    "movedTo",
                                    names.of(moved.before().eContainer()),
                                    names.of(moved.after().eContainer())));
                case Reordered reordered ->
                    lines.add(head + names.of(reordered.after()) + ": "
                            + words.text("order", words.feature(reordered.feature())));
            }
            lastChanged = difference instanceof Changed ? difference.uuid() : null;
        }
        lines.add(summary(comparison));
        return lines;
    }

    /** {@code value: 55 → 60 (+5)}. */
    public String change(Changed changed) {
        String delta = ValueText.difference(changed.oldValue(), changed.newValue());
        return names.words().feature(changed.feature()) + ": " + values.of(changed.oldValue(), changed.before()) + " → "
                + values.of(changed.newValue(), changed.after()) + (delta.isEmpty() ? "" : " (" + delta + ")");
    }

    public String summary(PlanComparison comparison) {
        if (comparison.isEmpty()) {
            return names.words().text("none");
        }
        Map<Difference.Kind, Integer> counts = comparison.counts();
        return names.words()
                .text(
                        "summary",
                        comparison.differences().size(),
                        counts.get(Difference.Kind.ADDED),
                        counts.get(Difference.Kind.REMOVED),
                        counts.get(Difference.Kind.MOVED),
                        counts.get(Difference.Kind.CHANGED),
                        counts.get(Difference.Kind.REORDERED));
    }

    /** Where the element was added or removed ({@code in ...}, {@code from ...}); nothing for a plan model (it has no container). */
    private String where(String key, org.eclipse.emf.ecore.EObject element) {
        return element.eContainer() == null ? "" : " " + names.words().text(key, names.of(element.eContainer()));
    }

    private String inside(org.eclipse.emf.ecore.EObject element) {
        int count = 0;
        for (var all = element.eAllContents(); all.hasNext(); all.next()) {
            count++;
        }
        return count == 0 ? "" : " " + names.words().text("inside", count);
    }
}
