/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of one list after a three-way merge. The list of the side that reordered it is the frame (mine when
 * neither or both did); what only the other side (or the base) places there is inserted after the element it follows
 * there, and after what the frame added behind that element, so two sides appending to a list keep mine first.
 */
final class ListOrder {

    private ListOrder() {}

    /** True when the side's list holds the elements it shares with the base and the other side in another order. */
    static boolean reordered(List<String> base, List<String> side, List<String> other) {
        return !common(side, base, other).equals(common(base, side, other));
    }

    /** True when both sides reordered the list and not in the same way. */
    static boolean conflicting(List<String> base, List<String> mine, List<String> theirs) {
        return reordered(base, mine, theirs)
                && reordered(base, theirs, mine)
                && !common(mine, base, theirs).equals(common(theirs, base, mine));
    }

    /** The members in merged order; {@code frame} is the list taken as it is, the others fill in. */
    static List<String> merge(Set<String> members, List<String> frame, List<String> second, List<String> base) {
        List<String> result = new ArrayList<>();
        for (String item : frame) {
            if (members.contains(item)) {
                result.add(item);
            }
        }
        Set<String> placed = new HashSet<>(result);
        for (List<String> source : List.of(second, base)) {
            Set<String> inSource = new HashSet<>(source);
            for (int i = 0; i < source.size(); i++) {
                String item = source.get(i);
                if (!members.contains(item) || placed.contains(item)) {
                    continue;
                }
                int at = 0;
                for (int j = i - 1; j >= 0; j--) {
                    int index = result.indexOf(source.get(j));
                    if (index >= 0) {
                        at = index + 1;
                        break;
                    }
                }
                while (at < result.size() && !inSource.contains(result.get(at))) {
                    at++; // after what the frame added behind the same element
                }
                result.add(at, item);
                placed.add(item);
            }
        }
        for (String item : members) {
            if (placed.add(item)) {
                result.add(item); // placed by neither list (cannot happen for consistent inputs)
            }
        }
        return result;
    }

    private static List<String> common(List<String> list, List<String> a, List<String> b) {
        Set<String> inA = new HashSet<>(a), inB = new HashSet<>(b);
        return list.stream().filter(x -> inA.contains(x) && inB.contains(x)).toList();
    }
}
