/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A fingerprint of a validation's findings, one line a rule: how many findings and a SHA-256 over all of each
 * finding (rule, severity, file, the element's fragment and UUID, its label, both messages and both hints) in the
 * report's order, so that any change in what is found, in its wording or in its order changes the rule's line.
 */
final class FindingDigests {

    private FindingDigests() {}

    /** Rule ID (behind {@code prefix}) to {@code count sha256}, sorted by rule ID. */
    static Map<String, String> of(String prefix, ValidationReport report) {
        Map<String, MessageDigest> digests = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding finding : report.findings()) {
            digests.computeIfAbsent(finding.ruleId(), k -> sha256())
                    .update(line(finding).getBytes(StandardCharsets.UTF_8));
            counts.merge(finding.ruleId(), 1, Integer::sum);
        }
        Map<String, String> lines = new LinkedHashMap<>();
        digests.forEach((rule, digest) ->
                lines.put(prefix + rule, counts.get(rule) + " " + HexFormat.of().formatHex(digest.digest())));
        return lines;
    }

    /** Everything a finding says, one field a line. */
    static String line(Finding finding) {
        Resource resource = finding.element().eResource();
        return String.join(
                "\n",
                finding.ruleId(),
                finding.severity().name(),
                String.valueOf(finding.file()),
                resource == null ? "-" : resource.getURIFragment(finding.element()),
                String.valueOf(finding.elementUuid()),
                finding.elementLabel(),
                finding.message(Language.EN),
                finding.message(Language.TH),
                finding.hint(Language.EN),
                finding.hint(Language.TH),
                "");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
