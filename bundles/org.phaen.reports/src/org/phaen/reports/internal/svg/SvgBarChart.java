/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.svg;

import static org.phaen.instruments.html.Html.attr;
import static org.phaen.instruments.html.Html.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.phaen.documents.text.ThaiLines;
import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.BarChart;
import org.phaen.reports.internal.document.Numbers;
import org.phaen.reports.internal.document.Tone;

/**
 * A horizontal bar chart written as SVG text by hand: no chart library, no script, so the same file works
 * inline in a printed report, as an image in the public pack, and in any browser. Labels are Thai, so the
 * font list starts with the Sarabun family; all text is escaped, so the result is well-formed XML.
 */
public final class SvgBarChart {

    static final String FONTS = "Sarabun, 'TH Sarabun New', Laksaman, sans-serif";
    private static final int WIDTH = 760, LABEL_W = 250, PLOT_X = 260, PLOT_W = 400, BAR_H = 16, GAP = 10, TOP = 40;
    private static final int MAX_LABEL = 30;

    private SvgBarChart() {}

    /** A file on its own (the public pack's charts/*.svg). */
    public static String standalone(BarChart chart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(chart);
    }

    /** The svg element, for inline use in HTML. */
    public static String svg(BarChart chart) {
        List<BarChart.Series> key =
                !chart.legend().isEmpty() ? chart.legend() : chart.series().size() > 1 ? chart.series() : List.of();
        int legend = key.isEmpty() ? 0 : 22;
        int groupH = chart.series().size() * BAR_H + GAP;
        int plotTop = TOP + legend;
        int height = plotTop + Math.max(1, chart.groups().size()) * groupH + 28;
        double max = scaleMax(chart);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append('"')
                .append(attr("font-family", FONTS))
                .append(" font-size=\"13\">\n<title>")
                .append(text(chart.title()))
                .append("</title>\n");
        s.append("<text x=\"0\" y=\"20\" font-size=\"16\" font-weight=\"bold\">")
                .append(text(chart.title()))
                .append("</text>\n");
        for (int i = 0; i < key.size(); i++) {
            int x = i * 150; // by the chart, under its title: what each colour means
            s.append(rect(x, TOP - 2, 12, 12, key.get(i).colour()));
            s.append(label(x + 16, TOP + 8, key.get(i).name(), "start", "#000"));
        }
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double x = PLOT_X + PLOT_W * tick / 4.0;
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>\n",
                    x,
                    plotTop,
                    x,
                    height - 22));
            s.append(label((int) x, height - 8, Numbers.value(BigDecimal.valueOf(value)), "middle", "#555"));
        }
        int y = plotTop;
        for (BarChart.Group g : chart.groups()) {
            s.append(label(LABEL_W, y + groupH / 2 + 4 - GAP / 2, shorten(g.label()), "end", "#000"));
            for (int i = 0; i < g.bars().size(); i++) {
                BarChart.Bar bar = g.bars().get(i);
                int by = y + i * BAR_H;
                if (bar.value() == null) {
                    s.append(
                            bar.note() == null
                                    ? label(PLOT_X + 4, by + 12, ThaiTexts.text("noData"), "start", "#757575")
                                    : label(
                                            PLOT_X + 4,
                                            by + 12,
                                            bar.note(),
                                            "start",
                                            bar.tone() == Tone.NONE
                                                    ? "#000"
                                                    : "#" + bar.tone().strong()));
                    continue;
                }
                double w = Math.max(0, Math.min(1, bar.value().doubleValue() / max)) * PLOT_W;
                String colour = bar.tone() == Tone.NONE
                        ? chart.series().get(i).colour()
                        : bar.tone().strong();
                s.append(rect(PLOT_X, by + 1, w, BAR_H - 3, colour));
                s.append(label((int) (PLOT_X + w + 4), by + 12, valueText(bar.value(), chart.unit()), "start", "#000"));
            }
            y += groupH;
        }
        if (chart.reference() != null) {
            double x = PLOT_X + PLOT_W * Math.min(1, chart.reference().doubleValue() / max);
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>\n",
                    x,
                    plotTop - 4,
                    x,
                    height - 22));
        }
        return s.append("</svg>\n").toString();
    }

    /** The axis end: four round steps (1, 2, 2.5 or 5 times a power of ten) reaching past the largest value or reference. */
    private static double scaleMax(BarChart chart) {
        double raw = largest(chart) * 1.05 / 4;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= raw) {
                return 4 * step * power;
            }
        }
        return 40 * power;
    }

    private static double largest(BarChart chart) {
        double max = chart.reference() == null ? 0 : chart.reference().doubleValue();
        for (BarChart.Group g : chart.groups()) {
            for (BarChart.Bar b : g.bars()) {
                if (b.value() != null) {
                    max = Math.max(max, b.value().doubleValue());
                }
            }
        }
        return max <= 0 ? 1 : max;
    }

    private static String valueText(BigDecimal value, String unit) {
        String number = Numbers.value(value);
        return unit == null || unit.isEmpty() ? number : unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** At most {@link #MAX_LABEL} characters, cut after a whole word (never between a consonant and its marks). */
    private static String shorten(String label) {
        if (label == null || label.length() <= MAX_LABEL) {
            return label == null ? "" : label;
        }
        return ThaiLines.wrap(label, MAX_LABEL - 1, String::length).get(0) + "…";
    }

    private static String rect(double x, int y, double w, int h, String colour) {
        return String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#%s\"/>\n",
                x,
                y,
                w,
                h,
                colour);
    }

    private static String label(int x, int y, String content, String anchor, String colour) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour + "\">"
                + text(content) + "</text>\n";
    }
}
