/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli.collected;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.phaen.instruments.xform.Choice;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.model.Activity;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.Project;

/**
 * Plausible answers to a generated form, the same on every run (a seeded random): figures close to the straight
 * line from the baseline to the fiscal year's target at the share of the year elapsed, activities done as the
 * year goes on, money paid in step, mostly good ratings. Example data for training and the demo, not a forecast.
 */
final class SampleAnswers {

    private static final List<String> PROBLEMS = List.of(
            "",
            "งบประมาณได้รับการจัดสรรล่าช้า",
            "ครูติดภารกิจการสอน เลื่อนการอบรมบางรุ่น",
            "สถานศึกษาขนาดเล็กเข้าร่วมไม่ครบ",
            "");
    private static final List<String> NEXT = List.of(
            "ติดตามผลการนำไปใช้ในสถานศึกษา",
            "จัดกิจกรรมเพิ่มเติมในภาคเรียนที่ 2",
            "ประสานเครือข่ายภาคีเพื่อขยายผล",
            "");
    private static final List<String> SUGGESTIONS = List.of(
            "",
            "",
            "อยากให้จัดกิจกรรมต่อเนื่องทุกปี",
            "ควรเพิ่มเวลาการฝึกปฏิบัติ",
            "ขอบคุณคณะทำงาน กิจกรรมมีประโยชน์มาก",
            "");

    private final Random random;
    private final int fiscalYear;
    private final double share;
    private final int agencies;

    /**
     * @param share the share of fiscal year {@code fiscalYear} elapsed at the end of the period answered for, 0-1
     * @param agencies how many agencies report the form's indicators (their quantities add up)
     */
    SampleAnswers(long seed, int fiscalYear, double share, int agencies) {
        this.random = new Random(seed);
        this.fiscalYear = fiscalYear;
        this.share = share;
        this.agencies = agencies;
    }

    /** The answer to one question as its stored value (a choice's value), or null to leave it blank. */
    String answer(FormOutline.Question q) {
        InstrumentItem item = q.item();
        String key = item.getGeneratorKey() == null ? "" : item.getGeneratorKey();
        String[] parts = key.split(":");
        if (key.endsWith(":evidence")) {
            return "สรุปจากรายงานผลของสถานศึกษาในสังกัด";
        } else if (item.getIndicator() != null) {
            return figure(item.getIndicator()).toPlainString();
        } else if (parts.length == 4
                && parts[2].equals("disbursed")
                && item.getSubject() instanceof FundingSource source) {
            return paid(item, source).toPlainString();
        } else if (parts.length == 4 && parts[2].equals("activity") && item.getSubject() instanceof Activity) {
            return choose(q.choices(), random.nextDouble() < share + 0.25 ? 0 : 1);
        } else if (key.endsWith(":percent")) {
            return Long.toString(Math.min(100, Math.round(share * 100 * (0.8 + random.nextDouble() * 0.35))));
        } else if (key.endsWith(":problems")) {
            return pick(PROBLEMS);
        } else if (key.endsWith(":next")) {
            return pick(NEXT);
        } else if (item.getItemKind() == ItemKind.RATING && !q.choices().isEmpty()) {
            return rating(q.choices());
        } else if (key.equals("suggestions")) {
            return pick(SUGGESTIONS);
        }
        return null;
    }

    /**
     * One agency's figure for an indicator: the straight-line value for the share of the year, give or take 15%.
     * A quantity is split over the agencies reporting it, since the reports add theirs up.
     */
    private BigDecimal figure(Indicator indicator) {
        BigDecimal target = target(indicator);
        if (target == null) {
            return BigDecimal.valueOf(random.nextInt(90) + 10);
        }
        double start = indicator.getBaselineValue() != null
                ? indicator.getBaselineValue().doubleValue()
                : 0;
        double value = start + (target.doubleValue() - start) * share * (0.85 + random.nextDouble() * 0.3);
        boolean quantity = switch (indicator.getValueType()) {
            case COUNT, AMOUNT, NUMBER -> true;
            default -> false;
        };
        if (quantity) {
            value /= agencies;
        }
        if (indicator.getValueType() == org.phaen.model.ValueType.PERCENT) {
            value = Math.max(0, Math.min(100, value));
        }
        int scale = indicator.getValueType() == org.phaen.model.ValueType.COUNT ? 0 : 2;
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private BigDecimal paid(InstrumentItem item, FundingSource source) {
        Project project = (Project) item.eResource().getResourceSet().getResources().stream()
                .map(r -> r.getEObject(item.getGeneratorKey().split(":")[1]))
                .filter(Project.class::isInstance)
                .findFirst()
                .orElse(null);
        BigDecimal allocated = BigDecimal.ZERO;
        for (BudgetLine line : project == null ? List.<BudgetLine>of() : project.getBudgetLines()) {
            if (line.getSource() == source && line.getAmount() != null) {
                allocated = allocated.add(line.getAmount());
            }
        }
        double paid = allocated.doubleValue() * Math.min(1, share * (0.75 + random.nextDouble() * 0.3));
        return BigDecimal.valueOf(paid).setScale(2, RoundingMode.HALF_UP);
    }

    private BigDecimal target(Indicator indicator) {
        return indicator.getTargets().stream()
                .filter(t -> t.getFiscalYear() == fiscalYear && t.getValue() != null)
                .map(t -> t.getValue())
                .findFirst()
                .orElse(null);
    }

    /** Mostly the top two levels, now and then the middle. */
    private String rating(List<Choice> choices) {
        double r = random.nextDouble();
        int fromTop = r < 0.45 ? 0 : r < 0.85 ? 1 : 2;
        List<Choice> ordered = choices.stream()
                .sorted((a, b) -> b.value().compareTo(a.value()))
                .toList();
        return ordered.get(Math.min(fromTop, ordered.size() - 1)).value();
    }

    private static String choose(List<Choice> choices, int index) {
        return choices.isEmpty()
                ? null
                : choices.get(Math.min(index, choices.size() - 1)).value();
    }

    private String pick(List<String> texts) {
        String text = texts.get(random.nextInt(texts.size()));
        return text.isEmpty() ? null : text;
    }

    /** Answers to every question, in form order, blanks left out. */
    Map<String, String> all(FormOutline outline) {
        Map<String, String> answers = new LinkedHashMap<>();
        outline.blocks()
                .forEach(b -> b.questions().forEach(q -> {
                    String a = answer(q);
                    if (a != null) {
                        answers.put(q.item().getUuid(), a);
                    }
                }));
        return answers;
    }
}
