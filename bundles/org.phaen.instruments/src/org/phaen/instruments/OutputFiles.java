/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * File names for generated documents. Names come from codes planners typed, so nothing in them
 * may lead outside the output folder: separators, "..", control characters and leading dots go.
 */
public final class OutputFiles {

    /** Bytes for a name without its extension: 255 less room for the longest extension, {@code .xlsform.xlsx}. */
    static final int MAX_BYTES = 200;

    /** Leading dots and underscores (compiled once: a batch names thousands of files). */
    private static final Pattern LEADING = Pattern.compile("^[._]+");

    private OutputFiles() {}

    /** A safe file name made from a code: Thai and ASCII letters, digits, '-', '_' and '.' survive. */
    public static String safeName(String code) {
        String text = Normalizer.normalize(code == null ? "" : code, Normalizer.Form.NFC);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean thai = c >= 0x0E00 && c <= 0x0E7F;
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.';
            name.append(thai || plain ? c : '_');
        }
        String cleaned = LEADING.matcher(name.toString().replace("..", "_")).replaceFirst("");
        return cleaned.isEmpty() ? "instrument" : shortened(cleaned);
    }

    /**
     * A name short enough for every file system: they allow 255 bytes, and a Thai letter takes three in UTF-8 (a
     * 121-letter Thai code made "File name too long"). Longer names are cut, never inside a syllable (before a
     * consonant whose vowel or tone marks would be cut off), and end in a hash of the whole name, so two codes that
     * begin alike still get two files.
     */
    static String shortened(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        String hash = "-" + HexFormat.of().formatHex(sha256(name), 0, 4);
        int end = 0;
        for (int bytes = 0; end < name.length(); end += Character.charCount(name.codePointAt(end))) {
            bytes += new String(Character.toChars(name.codePointAt(end))).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BYTES - hash.length()) {
                break;
            }
        }
        while (end > 0 && Character.getType(name.codePointAt(end)) == Character.NON_SPACING_MARK) {
            end = name.offsetByCodePoints(end, -1);
        }
        return name.substring(0, end) + hash;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The file for a code and extension inside {@code folder}; refuses anything that would land elsewhere. */
    public static Path inside(Path folder, String code, String extension) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(safeName(code) + "." + extension).normalize();
        if (!file.getParent().equals(base)) {
            throw new IllegalArgumentException("refusing to write outside " + base + ": " + file);
        }
        return file;
    }
}
