package org.phaen.network.sample;

import java.util.List;

/**
 * A province of Region 17 as the sample generator knows it: its code in the regional plan (the office is
 * {@code PEO-CODE}), the file it is written to, its names, some of its districts and whether it has border areas.
 */
public record ProvinceProfile(String code, String file, String name, String nameEn, List<String> districts, String vision, String visionEn,
    boolean border) {

    /** The four provinces the generator makes, from the sample wording. */
    public static List<ProvinceProfile> region17() {
        SampleTexts texts = new SampleTexts();
        return texts.list("provinces", ",").stream().map(code -> of(texts, code)).toList();
    }

    static ProvinceProfile of(SampleTexts texts, String code) {
        return new ProvinceProfile(code, texts.raw(code + ".file"), texts.raw(code + ".name"), texts.raw(code + ".nameEn"),
            texts.list(code + ".districts", ","), texts.raw(code + ".vision"), texts.raw(code + ".visionEn"), texts.has(code + ".border"));
    }

    /** The provincial education office's code in the regional plan. */
    public String officeCode() {
        return "PEO-" + code;
    }
}
