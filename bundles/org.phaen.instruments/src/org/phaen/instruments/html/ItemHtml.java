/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.html;

import static org.phaen.instruments.FormLayout.hasLevels;
import static org.phaen.instruments.FormLayout.kind;
import static org.phaen.instruments.html.Html.attr;
import static org.phaen.instruments.html.Html.text;

import java.util.List;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.RenderOptions;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.RatingScale;
import org.phaen.model.ScaleLevel;

/**
 * One item as the paper form shows it: its number, Thai label with the English one under it, the
 * hint, and an answer area that suits its kind. Every item element carries {@code data-uuid}, so a
 * filled or scanned form can be matched back to the model.
 */
final class ItemHtml {

    private final StringBuilder out;
    private final boolean thaiNumerals;

    ItemHtml(StringBuilder out, boolean thaiNumerals) {
        this.out = out;
        this.thaiNumerals = thaiNumerals;
    }

    String digits(Object value) {
        return RenderOptions.digits(thaiNumerals, value);
    }

    /** A NOTE: a heading paragraph, not numbered; {@code tag} is h2 when it stands for the section title. */
    void note(InstrumentItem item, String tag) {
        out.append('<').append(tag).append(" class=\"note\"").append(ids(item)).append('>');
        label(item);
        out.append("</").append(tag).append(">\n");
    }

    /** A numbered item with its answer area. */
    void item(InstrumentItem item, int number) {
        out.append("<div class=\"item\"").append(ids(item)).append(">");
        out.append("<div class=\"num\">").append(digits(number)).append(".</div><div class=\"body\">");
        label(item);
        out.append("<div class=\"answer\">");
        answer(item);
        out.append("</div></div></div>\n");
    }

    private void answer(InstrumentItem item) {
        ItemKind kind = kind(item);
        switch (kind) {
            case YES_NO ->
                out.append(choice(FormTexts.THAI.text("yes"), FormTexts.ENGLISH.text("yes"), true))
                        .append(choice(FormTexts.THAI.text("no"), FormTexts.ENGLISH.text("no"), true));
            case SELECT_ONE, SELECT_MULTIPLE, RATING -> choices(item, kind != ItemKind.SELECT_MULTIPLE);
            case DATE -> out.append(FormTexts.THAI.text("date", blank("....."), blank(".........."), blank("......")));
            case NUMBER, DECIMAL -> {
                out.append("<span class=\"blank\">......................................</span>");
                String unit =
                        item.getIndicator() == null ? null : item.getIndicator().getUnit();
                if (unit != null && !unit.isBlank()) {
                    out.append("<span class=\"unit\">").append(text(unit)).append("</span>");
                }
            }
            default ->
                out.append("<span class=\"line\"></span><span class=\"line\"></span><span class=\"line\"></span>");
        }
    }

    /** Options of a select (or of a rating shown outside a table): one box each. */
    private void choices(InstrumentItem item, boolean single) {
        if (!hasLevels(item)) {
            out.append("<span class=\"blank\">......................................</span>");
            return;
        }
        if (!single) {
            out.append("<div class=\"hint\">(")
                    .append(FormTexts.THAI.text("selectAll"))
                    .append(" <span lang=\"en\">")
                    .append(FormTexts.ENGLISH.text("selectAll"))
                    .append("</span>)</div>");
        }
        out.append("<div class=\"choices-column\">");
        for (ScaleLevel level : item.getScale().getLevels()) {
            out.append(choice(
                    level.getLabel() == null ? digits(level.getValue()) : level.getLabel(),
                    level.getLabelEn(),
                    single));
        }
        out.append("</div>");
    }

    private static String blank(String dots) {
        return "<span class=\"blank\">" + dots + "</span>";
    }

    private static String choice(String th, String en, boolean round) {
        return "<span class=\"choice\"><span class=\"box" + (round ? " round" : "") + "\"></span>" + text(th)
                + (en == null || en.isBlank() ? "" : " <span class=\"en\" lang=\"en\">(" + text(en) + ")</span>")
                + "</span>";
    }

    /** Consecutive ratings on one scale as the familiar survey table: a row per item, a column per level. */
    void ratingTable(RatingScale scale, List<InstrumentItem> rows, int firstNumber) {
        out.append("<table class=\"rating\"")
                .append(attr("data-scale", scale.getUuid()))
                .append("><thead><tr>");
        out.append("<th class=\"num\">")
                .append(FormTexts.THAI.text("number"))
                .append("</th><th class=\"topic\">")
                .append(FormTexts.THAI.text("item"))
                .append(" <span class=\"en\" lang=\"en\">")
                .append(FormTexts.ENGLISH.text("item"))
                .append("</span></th>");
        for (ScaleLevel level : scale.getLevels()) {
            out.append("<th class=\"level\"")
                    .append(attr("data-value", String.valueOf(level.getValue())))
                    .append('>');
            out.append("<span class=\"th\">")
                    .append(level.getLabel() == null ? digits(level.getValue()) : text(level.getLabel()))
                    .append("</span>");
            if (level.getLabelEn() != null) {
                out.append("<span class=\"en\" lang=\"en\">")
                        .append(text(level.getLabelEn()))
                        .append("</span>");
            }
            out.append("<span class=\"value\">(")
                    .append(digits(level.getValue()))
                    .append(")</span></th>");
        }
        out.append("</tr></thead><tbody>\n");
        int number = firstNumber;
        for (InstrumentItem item : rows) {
            out.append("<tr class=\"item-row\"")
                    .append(ids(item))
                    .append("><td class=\"num\">")
                    .append(digits(number++))
                    .append(".</td><td class=\"topic\">");
            label(item);
            out.append("</td>");
            for (ScaleLevel level : scale.getLevels()) {
                out.append("<td class=\"cell\"")
                        .append(attr("data-value", String.valueOf(level.getValue())))
                        .append("></td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /** Thai label, English label under it, required mark and hint. */
    private void label(InstrumentItem item) {
        out.append("<span class=\"label\"><span class=\"th\">")
                .append(text(item.getName()))
                .append("</span>");
        if (item.isRequired()) {
            out.append("<span class=\"req\" title=\"")
                    .append(FormTexts.bilingual("required"))
                    .append("\">*</span>");
        }
        if (item.getNameEn() != null && !item.getNameEn().isBlank()) {
            out.append("<span class=\"en\" lang=\"en\">")
                    .append(text(item.getNameEn()))
                    .append("</span>");
        }
        out.append("</span>");
        if (item.getHint() != null && !item.getHint().isBlank()) {
            out.append("<span class=\"hint\">").append(text(item.getHint())).append("</span>");
        }
    }

    private static String ids(InstrumentItem item) {
        return attr("data-uuid", item.getUuid())
                + attr("data-code", item.getCode())
                + attr("data-kind", kind(item).getLiteral())
                + (item.isRequired() ? " data-required=\"true\"" : "");
    }
}
