/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import org.phaen.model.Person;
import org.phaen.model.internal.ModelWords;

/**
 * One thing to look for: a person's name or contact detail in its normalised form ({@link TextSkeleton}).
 * {@code needsTitle}: only where a title stands right before it (a short or common first name such as คำ is
 * someone only as พ่อคำ or นายคำ).
 */
public record PersonalTerm(
        Person person, Detail detail, String skeleton, TextSkeleton.Profile profile, boolean needsTitle) {

    /** What kind of personal data a term is. */
    public enum Detail {
        NAME,
        PHONE,
        EMAIL,
        LINE_ID,
        ADDRESS,
        WEBSITE,
        ID_NUMBER,
        OTHER;

        public String english() {
            return ModelWords.ENGLISH.text("detail." + name());
        }

        public String thai() {
            return ModelWords.THAI.text("detail." + name());
        }
    }

    /** Which person's what, for messages: "phone number of PLK-P05" (never the value itself). */
    public String describe() {
        return detail.english() + " of " + (person.getCode() == null ? person.getUuid() : person.getCode());
    }

    /** Latin names, e-mails and IDs must stand as whole words: "Arun" is not found inside "Arunee". */
    boolean wordBounded() {
        return profile == TextSkeleton.Profile.WORDS
                && (latin(skeleton.codePointAt(0)) || latin(skeleton.codePointBefore(skeleton.length())));
    }

    static boolean latin(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }
}
