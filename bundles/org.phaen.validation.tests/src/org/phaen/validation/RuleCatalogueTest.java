/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every discovered rule has a well-formed unique ID and its messages and hints in both languages. */
class RuleCatalogueTest {

    private final List<Rule> rules = RuleRegistry.discover();

    @Test
    void idsAreStableAndUnique() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            assertTrue(rule.id().matches("PH-[A-Z]{3}-\\d{3}"), rule.id());
            assertTrue(ids.add(rule.id()), "duplicate " + rule.id());
        }
    }

    @Test
    void everyRuleSpeaksThaiAndEnglish() {
        for (Rule rule : rules) {
            RuleMessages messages = RuleMessages.of(rule);
            for (Language language : Language.values()) {
                assertTrue(messages.has(language, rule.id() + ".message"), rule.id() + " message " + language);
                assertTrue(messages.has(language, rule.id() + ".hint"), rule.id() + " hint " + language);
            }
            String thai = messages.format(Language.TH, rule.id() + ".message", "X", "Y", "Z", "W");
            assertTrue(thai.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F), rule.id() + ": " + thai);
        }
    }

    @Test
    void theRegistryFindsTheBuiltInRules() {
        assertTrue(rules.stream().anyMatch(r -> r.id().equals("PH-ALN-001")));
        assertTrue(rules.stream().anyMatch(r -> r.id().equals("PH-IDN-002")));
    }
}
