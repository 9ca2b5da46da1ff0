package org.phaen.instruments;

import java.nio.file.Path;
import java.text.Normalizer;

/**
 * File names for generated documents. Names come from codes planners typed, so nothing in them
 * may lead outside the output folder: separators, "..", control characters and leading dots go.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** A safe file name made from a code: Thai and ASCII letters, digits, '-', '_' and '.' survive. */
    public static String safeName(String code) {
        String text = Normalizer.normalize(code == null ? "" : code, Normalizer.Form.NFC);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean thai = c >= 0x0E00 && c <= 0x0E7F;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            name.append(thai || plain ? c : '_');
        }
        String cleaned = name.toString().replace("..", "_").replaceAll("^[._]+", "");
        if (cleaned.length() > 120) {
            cleaned = cleaned.substring(0, 120);
        }
        return cleaned.isEmpty() ? "instrument" : cleaned;
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
