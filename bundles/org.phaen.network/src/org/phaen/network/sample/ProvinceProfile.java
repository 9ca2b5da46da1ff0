/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.util.List;

/**
 * A province of Region 17 as the sample generator knows it: its code in the regional plan (the office is
 * {@code PEO-CODE}), the file it is written to, its names, some of its districts and whether it has border areas.
 */
public record ProvinceProfile(
        String code,
        String file,
        String name,
        String nameEn,
        List<String> districts,
        String vision,
        String visionEn,
        boolean border) {

    /** The four provinces the generator makes, from the sample wording. */
    public static List<ProvinceProfile> region17() {
        SampleTexts texts = new SampleTexts();
        return texts.list("provinces", ",").stream()
                .map(code -> of(texts, code))
                .toList();
    }

    static ProvinceProfile of(SampleTexts texts, String code) {
        return new ProvinceProfile(
                code,
                texts.raw(code + ".file"),
                texts.raw(code + ".name"),
                texts.raw(code + ".nameEn"),
                texts.list(code + ".districts", ","),
                texts.raw(code + ".vision"),
                texts.raw(code + ".visionEn"),
                texts.has(code + ".border"));
    }

    /** Synthetic province {@code n} for benchmarks, named as such (its office is not in the regional plan). */
    public static ProvinceProfile synthetic(int n) {
        SampleTexts texts = new SampleTexts();
        String number = Integer.toString(n);
        return new ProvinceProfile(
                String.format("S%02d", n),
                String.format("synthetic-%02d-2562", n),
                texts.get("synthetic.name", number, null, null),
                texts.get("synthetic.nameEn", number, null, null),
                texts.list("synthetic.districts", ","),
                texts.get("synthetic.vision", number, null, null),
                texts.get("synthetic.visionEn", number, null, null),
                n % 7 == 0);
    }

    /** The office's name as the regional plan would give it. */
    public String officeName() {
        return new SampleTexts().get("office.name", name, null, null);
    }

    /** The provincial education office's code in the regional plan. */
    public String officeCode() {
        return "PEO-" + code;
    }
}
