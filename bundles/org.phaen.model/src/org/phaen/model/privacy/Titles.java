/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.util.Comparator;
import java.util.List;
import org.phaen.model.internal.ModelWords;

/**
 * Titles and forms of address written before a Thai or English name: นาย นาง นางสาว, academic and professional
 * titles (ดร. ครู ผอ.), what villagers call their sages (พ่อ แม่ ยาย), and their English counterparts, listed in
 * {@code titles.txt} beside this class. A name written with any of them is the same person; a redaction takes the
 * title with it.
 */
public final class Titles {

    private static final List<String> ALL = ModelWords.lines(Titles.class, "titles.txt").stream()
            .map(t -> TextSkeleton.of(t, TextSkeleton.Profile.WORDS).text())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList(); // longest first: นางสาว before นาง

    private Titles() {}

    /**
     * The name without the titles written before it ({@code นางสาว ดร. ก} gives {@code ก}). A title counts when a space
     * or its own dot ends it, or when it is the person's recorded {@code honorific}: {@code นางนวล} is a name, not นาง + นวล.
     */
    public static String strip(String name, String honorific) {
        String rest = name.strip();
        String own = honorific == null || honorific.isBlank() ? null : honorific.strip();
        boolean more = true;
        while (more) {
            more = false;
            if (own != null && rest.startsWith(own) && rest.length() > own.length()) {
                rest = rest.substring(own.length()).strip();
                more = true;
                continue;
            }
            TextSkeleton skeleton = TextSkeleton.of(rest, TextSkeleton.Profile.WORDS);
            for (String title : ALL) {
                if (skeleton.text().startsWith(title) && skeleton.text().length() > title.length()) {
                    int end = skeleton.originalEnd(title.length());
                    if (title.endsWith(".") || TextSkeleton.ignorable(rest.codePointAt(end))) {
                        rest = rest.substring(end).strip();
                        more = true;
                        break;
                    }
                }
            }
        }
        return rest;
    }

    /**
     * Where the titles written right before {@code end} of the skeleton begin (spaces between them and the name
     * skipped), or {@code end} when there is none.
     */
    static int startOfTitles(TextSkeleton skeleton, int end) {
        String text = skeleton.text();
        int at = end;
        boolean more = true;
        while (more) {
            more = false;
            for (String title : ALL) {
                if (text.startsWith(title, at - title.length())) {
                    at -= title.length();
                    more = true;
                    break;
                }
            }
        }
        return at;
    }
}
