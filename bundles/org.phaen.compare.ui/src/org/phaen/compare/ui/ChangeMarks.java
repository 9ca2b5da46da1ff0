/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.phaen.compare.DiffText;
import org.phaen.compare.Difference;
import org.phaen.compare.ElementNames;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.Words;

/**
 * What the elements of one side's tree are marked with: the kind of their first difference and a line per difference
 * ({@code changed name: "old" → "new"}, {@code moved from X to Y}); what an added or removed element holds is
 * marked with its kind and no line.
 */
final class ChangeMarks {

    /** The marking of one element: the kind it is coloured by and what to say about it. */
    record Mark(Difference.Kind kind, List<String> lines) {}

    private final Map<EObject, Mark> marks = new HashMap<>();
    private final Words words;

    private ChangeMarks(Words words) {
        this.words = words;
    }

    /** The marks of the left (old) side, or of the right (new) side. */
    static ChangeMarks of(PlanComparison comparison, boolean leftSide, Words words) {
        ChangeMarks result = new ChangeMarks(words);
        DiffText text = new DiffText(words);
        ElementNames names = new ElementNames(words);
        for (Difference difference : comparison.differences()) {
            switch (difference) {
                case Difference.Added added -> {
                    if (!leftSide) {
                        result.markTree(added.element(), difference.kind());
                    }
                }
                case Difference.Removed removed -> {
                    if (leftSide) {
                        result.markTree(removed.element(), difference.kind());
                    }
                }
                case Difference.Changed changed ->
                    result.add(leftSide ? changed.before() : changed.after(), difference.kind(), text.change(changed));
                case Difference.Moved moved ->
                    result.add(
                            leftSide ? moved.before() : moved.after(),
                            difference.kind(),
                            words.text(
                                    "movedTo",
                                    names.of(moved.before().eContainer()),
                                    names.of(moved.after().eContainer())));
                case Difference.Reordered reordered ->
                    result.add(
                            leftSide ? reordered.before() : reordered.after(),
                            difference.kind(),
                            words.text("order", words.feature(reordered.feature())));
            }
        }
        return result;
    }

    /** The word of a kind of difference ("added", "เพิ่ม"). */
    static String word(Words words, Difference.Kind kind) {
        return words.text(kind.name().toLowerCase(Locale.ROOT));
    }

    private void markTree(EObject element, Difference.Kind kind) {
        marks.put(element, new Mark(kind, List.of(word(words, kind))));
        element.eAllContents().forEachRemaining(inside -> marks.put(inside, new Mark(kind, List.of())));
    }

    private void add(EObject element, Difference.Kind kind, String detail) {
        Mark mark = marks.get(element);
        List<String> lines = new ArrayList<>(mark == null ? List.of() : mark.lines());
        lines.add(word(words, kind) + " " + detail);
        marks.put(element, new Mark(mark == null ? kind : mark.kind(), lines));
    }

    /** The element's mark, or null when nothing about it differs. */
    Mark get(Object element) {
        return marks.get(element);
    }
}
