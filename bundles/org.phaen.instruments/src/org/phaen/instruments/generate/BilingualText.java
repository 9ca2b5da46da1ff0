/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import org.phaen.model.Named;

/**
 * A text of a generated instrument in Thai and in English. The English side never falls back to Thai: where the model
 * has no English name, the English text names the element by its code alone, so an English form carries no Thai.
 */
public record BilingualText(String th, String en) {

    /** {@code KPI-1 ร้อยละของ...} / {@code KPI-1 Percentage of...}: code and name, as officials cite plan elements. */
    public static BilingualText of(Named element) {
        String code = element.getCode() == null ? "" : element.getCode();
        String th =
                element.getName() == null ? PlannerWords.INSTANCE.text("noName").th() : element.getName();
        String en = element.getNameEn() == null ? "" : element.getNameEn();
        if (code.isEmpty() && en.isEmpty()) {
            en = PlannerWords.INSTANCE.text("noName").en();
        }
        return new BilingualText(joined(code, th), joined(code, en));
    }

    /** The element's name alone, without its code; the English side is the code where the model has no English name. */
    public static BilingualText nameOf(Named element) {
        String th = element.getName() == null ? of(element).th() : element.getName();
        return new BilingualText(th, element.getNameEn() == null ? of(element).en() : element.getNameEn());
    }

    /** This text followed by {@code suffix} in each language, e.g. a unit. */
    public BilingualText followedBy(BilingualText suffix) {
        return new BilingualText(joined(th, suffix.th), joined(en, suffix.en));
    }

    /** This text in parentheses on each side that is not empty: {@code (ร้อยละ)} / {@code (percent)}. */
    public BilingualText parenthesised() {
        return new BilingualText(th.isEmpty() ? "" : "(" + th + ")", en.isEmpty() ? "" : "(" + en + ")");
    }

    private static String joined(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }
}
