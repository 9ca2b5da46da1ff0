/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.phaen.documents.Wording;
import org.phaen.model.Named;
import org.phaen.model.ProjectStatus;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.calendar.ThaiDates;
import org.phaen.reports.internal.document.Tone;

/**
 * Thai wording shared by the reports and the public site: the fixed words from {@code report_th.properties} (and
 * {@code report_en.properties}) beside the reports' package, project statuses, element labels, shares.
 */
public final class ThaiTexts {

    /** The reports' words; the English ones say the same for a translator and for English labels. */
    public static final Wording THAI = Wording.of("org.phaen.reports.report", ThaiTexts.class, false);

    public static final Wording ENGLISH = Wording.of("org.phaen.reports.report", ThaiTexts.class, true);

    private ThaiTexts() {}

    /** The Thai text of {@code key}, {@code args} placed as text. */
    public static String text(String key, Object... args) {
        return THAI.text(key, args);
    }

    /** A table's column headings: the Thai text of {@code key} split at each |. */
    public static List<String> columns(String key, Object... args) {
        return List.of(text(key, args).split("\\|"));
    }

    /** The reporting period line of a report's heading: the period (the whole year when none) and the data's cut-off. */
    public static String period(ReportingPeriod period, LocalDate cutoff) {
        return text("period", period == null ? text("wholeYear") : period.getName(), ThaiDates.formatLong(cutoff));
    }

    public static String status(ProjectStatus status) {
        return text(status == null ? "status.none" : "status." + status.name());
    }

    /** Finished is good, stopped is bad; everything under way is plain. */
    public static Tone tone(ProjectStatus status) {
        if (status == null) {
            return Tone.MUTED;
        }
        return switch (status) {
            case COMPLETED -> Tone.GOOD;
            case SUSPENDED, CANCELLED -> Tone.BAD;
            default -> Tone.NONE;
        };
    }

    /** "code name", or just the name. */
    public static String label(Named element) {
        if (element == null) {
            return "-";
        }
        String name = element.getName() == null ? "" : element.getName();
        return element.getCode() == null || element.getCode().isBlank() ? name : element.getCode() + " " + name;
    }

    public static String name(Named element) {
        return element == null || element.getName() == null ? "-" : element.getName();
    }

    /** part/whole in percent with one decimal, or null when the whole is zero. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100))
                .divide(whole, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
