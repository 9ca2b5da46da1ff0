package org.phaen.validation;

import java.util.Locale;

/** The languages Phaen speaks. */
public enum Language {
    EN,
    TH;

    /** The locale for formatting messages: Thai (Thailand) or English. */
    public Locale locale() {
        return this == TH ? Locale.of("th", "TH") : Locale.ENGLISH;
    }

    /** Parses "th" or "en" (any case). */
    public static Language of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
