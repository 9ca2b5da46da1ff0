/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.model.privacy.TextSkeleton.Profile;

/**
 * The terms of a matcher in a tree of their skeletons' characters (a trie), so that a text is read once whatever the
 * number of terms (a ministry's plans name thousands of people, many sharing a first name) instead of once a term:
 * from each place of the skeleton the tree is followed only as far as the text agrees with some term.
 */
final class TermIndex {

    /** One prefix of some skeletons: the terms that end here and the characters that may follow, sorted. */
    private static final class Node {
        final List<PersonalTerm> ending = new ArrayList<>();
        char[] keys = new char[0];
        Node[] children = new Node[0];

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            keys = insert(keys, at, c);
            Node node = new Node();
            Node[] grown = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            grown[at] = node;
            children = grown;
            return node;
        }

        private static char[] insert(char[] keys, int at, char c) {
            char[] grown = Arrays.copyOf(keys, keys.length + 1);
            System.arraycopy(keys, at, grown, at + 1, keys.length - at);
            grown[at] = c;
            return grown;
        }
    }

    private final Node[] roots = new Node[Profile.values().length];
    private final Map<PersonalTerm, Integer> order = new IdentityHashMap<>();
    private final int[] shortest = new int[Profile.values().length];

    TermIndex(List<PersonalTerm> terms) {
        Arrays.fill(shortest, Integer.MAX_VALUE);
        for (PersonalTerm term : terms) {
            order.put(term, order.size());
            int p = term.profile().ordinal();
            Node node = roots[p] == null ? roots[p] = new Node() : roots[p];
            for (char c : term.skeleton().toCharArray()) {
                node = node.childOrNew(c);
            }
            if (!term.skeleton().isEmpty()) {
                node.ending.add(term);
                shortest[p] = Math.min(shortest[p], term.skeleton().length());
            }
        }
    }

    boolean uses(Profile profile) {
        return roots[profile.ordinal()] != null;
    }

    /**
     * False when no term of the profile can be in the text: a number's skeleton is all digits, so a text with fewer
     * digits than the shortest number holds none (most texts: they need no digit skeleton at all).
     */
    boolean mayOccurIn(String text, Profile profile) {
        int needed = shortest[profile.ordinal()];
        return profile != Profile.DIGITS || TextSkeleton.digits(text, needed) >= needed;
    }

    /** Every occurrence of a term of {@code profile} in the skeleton of {@code text}, added to {@code found}. */
    void find(String text, TextSkeleton skeleton, Profile profile, List<PersonalDataMatch> found) {
        String s = skeleton.text();
        Node root = roots[profile.ordinal()];
        for (int at = 0; at < s.length(); at++) {
            Node node = root;
            for (int i = at; i < s.length() && (node = node.child(s.charAt(i))) != null; i++) {
                for (PersonalTerm term : node.ending) {
                    PersonalDataMatch match = TermMatch.at(text, skeleton, term, at);
                    if (match != null) {
                        found.add(match);
                    }
                }
            }
        }
    }

    /** Text order; of two matches over the same characters, the term listed first comes first. */
    Comparator<PersonalDataMatch> textOrder() {
        return Comparator.comparingInt(PersonalDataMatch::start)
                .thenComparingInt(PersonalDataMatch::end)
                .thenComparingInt(m -> order.get(m.term()));
    }
}
