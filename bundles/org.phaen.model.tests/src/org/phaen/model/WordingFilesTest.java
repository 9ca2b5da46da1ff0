/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.phaen.testing.Repository;

/**
 * Every Thai wording file of the bundles ({@code X_th.properties}) has its English twin ({@code X_en.properties},
 * or {@code X.properties} where English is the default) with the same keys, so no text is missing in either
 * language.
 */
class WordingFilesTest {

    private static final Path BUNDLES = Repository.bundles();

    @Test
    void thaiAndEnglishFilesHaveTheSameKeys() throws IOException {
        List<Path> thai;
        try (Stream<Path> all = Files.walk(BUNDLES)) {
            thai = all.filter(p -> p.getFileName().toString().endsWith("_th.properties"))
                    .filter(p -> !BUNDLES.relativize(p).getName(0).toString().endsWith(".tests")
                            && p.toString().contains("/src/"))
                    .sorted()
                    .toList();
        }
        assertTrue(
                thai.size() >= 20, "Thai wording files found under " + BUNDLES.toAbsolutePath() + ": " + thai.size());
        List<String> wrong = new ArrayList<>();
        for (Path th : thai) {
            String base = th.getFileName().toString().replace("_th.properties", "");
            Path en = th.resolveSibling(base + "_en.properties");
            en = Files.exists(en) ? en : th.resolveSibling(base + ".properties");
            if (!Files.exists(en)) {
                wrong.add(BUNDLES.relativize(th) + ": no English twin");
                continue;
            }
            Set<String> thaiKeys = keys(th), englishKeys = keys(en);
            if (!thaiKeys.equals(englishKeys)) {
                Set<String> onlyThai = new TreeSet<>(thaiKeys), onlyEnglish = new TreeSet<>(englishKeys);
                onlyThai.removeAll(englishKeys);
                onlyEnglish.removeAll(thaiKeys);
                wrong.add(BUNDLES.relativize(th) + ": only in Thai " + onlyThai + ", only in English " + onlyEnglish);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
