/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The wording of the generated provincial samples ({@code region17-provinces.properties}), with its placeholders filled. */
final class SampleTexts {

    private final Properties texts = new Properties();

    SampleTexts() {
        try (InputStream in = SampleTexts.class.getResourceAsStream("region17-provinces.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the key with {0} the province's name, {1} the district and {2} the other value. */
    String get(String key, String province, String district, String other) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no sample text " + key);
        }
        return text.replace("{0}", nonNull(province))
                .replace("{1}", nonNull(district))
                .replace("{2}", nonNull(other));
    }

    String raw(String key) {
        return get(key, null, null, null);
    }

    /** The parts of the text, their placeholders left for the caller to fill. */
    List<String> list(String key, String separator) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no sample text " + key);
        }
        return Arrays.asList(text.split(separator));
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
