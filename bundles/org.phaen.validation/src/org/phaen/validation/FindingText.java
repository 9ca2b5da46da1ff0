/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;

/**
 * A finding's message and hint in English and Thai, formatted when first asked for: a whole validation of a national
 * plan reports tens of thousands of findings, and formatting four messages each took a third of its time though a
 * report shows few of them. The arguments are kept as given when they cannot change (text, numbers, dates, enum
 * constants); a finding with any other argument is formatted at once, as it would have been then.
 */
final class FindingText {

    private final RuleMessages messages;
    private final String ruleId;
    private final String variant;
    private final Object[] args;
    private String messageEn;
    private String messageTh;
    private String hintEn;
    private String hintTh;

    private FindingText(RuleMessages messages, String ruleId, String variant, Object[] args) {
        this.messages = messages;
        this.ruleId = ruleId;
        this.variant = variant;
        this.args = args;
    }

    /**
     * The text of a finding of the rule: the message {@code <ID>.message} or {@code <ID>.<variant>.message} and the
     * hint {@code <ID>.hint}, with these arguments ({@code args[0]} the element's label).
     */
    static FindingText of(RuleMessages messages, String ruleId, String variant, Object[] args) {
        FindingText text = new FindingText(messages, ruleId, variant, args);
        for (Object arg : args) {
            if (!unchanging(arg)) {
                text.message(Language.EN);
                text.message(Language.TH);
                text.hint(Language.EN);
                text.hint(Language.TH);
                break;
            }
        }
        return text;
    }

    // Each field is written once with a String computed the same way on any thread (Strings are immutable, so a
    // second thread at worst formats the same text again): no lock needed.

    String message(Language language) {
        if (language == Language.TH) {
            return messageTh != null ? messageTh : (messageTh = messages.format(Language.TH, messageKey(), args));
        }
        return messageEn != null ? messageEn : (messageEn = messages.format(Language.EN, messageKey(), args));
    }

    String hint(Language language) {
        if (language == Language.TH) {
            return hintTh != null ? hintTh : (hintTh = messages.format(Language.TH, ruleId + ".hint", args));
        }
        return hintEn != null ? hintEn : (hintEn = messages.format(Language.EN, ruleId + ".hint", args));
    }

    private String messageKey() {
        return (variant == null ? ruleId : ruleId + "." + variant) + ".message";
    }

    private static boolean unchanging(Object arg) {
        return arg == null
                || arg instanceof String
                || arg instanceof Integer
                || arg instanceof Long
                || arg instanceof Short
                || arg instanceof Byte
                || arg instanceof Double
                || arg instanceof Float
                || arg instanceof BigDecimal
                || arg instanceof BigInteger
                || arg instanceof Boolean
                || arg instanceof Character
                || arg instanceof Enum<?>
                || (arg instanceof TemporalAccessor && arg.getClass().getName().startsWith("java.time."));
    }
}
