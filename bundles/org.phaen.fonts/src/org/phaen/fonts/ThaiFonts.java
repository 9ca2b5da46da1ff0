/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Thai fonts Phaen ships (Sarabun, OFL) for documents, PDFs and diagram metrics, read from this bundle's
 * class path so they are found the same way inside OSGi and in a plain jar, never from the machine's fonts.
 */
public final class ThaiFonts {

    public enum Weight {
        REGULAR("Sarabun-Regular.ttf"),
        BOLD("Sarabun-Bold.ttf");

        private final String file;

        Weight(String file) {
            this.file = file;
        }
    }

    /** Family name for documents that name a font (DOCX, SVG, CSS); the files above are this family. */
    public static final String FAMILY = "Sarabun";

    private static final Map<Weight, byte[]> BYTES = new EnumMap<>(Weight.class);
    private static final Map<Weight, Font> AWT = new EnumMap<>(Weight.class);

    private ThaiFonts() {}

    /** The TrueType file's bytes, read once per JVM. */
    public static synchronized byte[] bytes(Weight weight) {
        return BYTES.computeIfAbsent(weight, ThaiFonts::read);
    }

    public static InputStream open(Weight weight) {
        return new ByteArrayInputStream(bytes(weight));
    }

    /** A 1-point Java2D font; {@code deriveFont(size)} for other sizes. Java2D shapes Thai (marks, stacking). */
    public static synchronized Font awt(Weight weight) {
        return AWT.computeIfAbsent(weight, w -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, open(w)).deriveFont(1f);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("shipped font " + w.file + " is unreadable", e);
            }
        });
    }

    private static byte[] read(Weight weight) {
        try (InputStream in = ThaiFonts.class.getResourceAsStream("/fonts/" + weight.file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "shipped font fonts/" + weight.file + " is missing from org.phaen.fonts");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
