/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label files of the edit bundle, read as resources of the host bundle (so what is checked is
 * what build.properties puts into the jar), decoded as strict UTF-8.
 */
final class LabelFiles {

    static final String ENGLISH = "/plugin.properties";
    static final String THAI = "/plugin_th.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,[^}]*)?\\}");
    private static final Pattern THAI_CHARACTER = Pattern.compile("[\\u0E00-\\u0E7F]");

    private LabelFiles() {}

    /** A loaded file: its properties and the keys it defines more than once. */
    record LabelFile(String name, Properties properties, List<String> duplicateKeys) {

        Set<String> keys() {
            return new TreeSet<>(properties.stringPropertyNames());
        }

        String get(String key) {
            return properties.getProperty(key);
        }
    }

    static LabelFile english() {
        return load(ENGLISH);
    }

    static LabelFile thai() {
        return load(THAI);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = PhaenEditPlugin.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not a resource of org.phaen.model.edit"
                        + " (is it listed in build.properties bin.includes?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelFile load(String resource) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(resource)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(resource + " is not valid UTF-8", e);
        }
        List<String> duplicates = new ArrayList<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    duplicates.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabelFile(resource, properties, Collections.unmodifiableList(duplicates));
    }

    /** The argument indexes a MessageFormat pattern uses, e.g. {0,number} counts as 0. */
    static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            indexes.add(Integer.valueOf(m.group(1)));
        }
        return indexes;
    }

    static boolean containsThai(String value) {
        return value != null && THAI_CHARACTER.matcher(value).find();
    }
}
