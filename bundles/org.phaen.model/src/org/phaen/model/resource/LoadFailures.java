/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.phaen.model.internal.DuplicateUuidException;
import org.phaen.model.internal.VersionRefusedException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser throw into a {@link PlanLoadException} in plain words, with its kind and line. */
final class LoadFailures {

    private static final String CUT_SHORT =
            "the file is cut short: it ends before the plan does (an interrupted copy or save?); the backup ";

    private LoadFailures() {}

    static PlanLoadException explain(String name, Path file, Exception e) {
        SAXParseException sax = find(e, SAXParseException.class);
        if (sax != null) {
            return fromParser(name, file, sax, e);
        }
        if (find(e, CharConversionException.class)
                != null) { // the parser's "Invalid byte 1 of 1-byte UTF-8 sequence" and the like
            return endsMidCharacter(file)
                    ? new PlanLoadException(
                            name,
                            lastLine(file),
                            PlanLoadException.Kind.TRUNCATED,
                            CUT_SHORT + SafeSave.backupOf(file.getFileName()) + " may hold the previous version",
                            e)
                    : new PlanLoadException(
                            name,
                            0,
                            PlanLoadException.Kind.NOT_A_PLAN,
                            "not a Phaen plan: the file is not UTF-8 text",
                            e);
        }
        VersionRefusedException version = find(e, VersionRefusedException.class);
        if (version != null) {
            return new PlanLoadException(
                    name,
                    0,
                    version.isNewer() ? PlanLoadException.Kind.NEWER_VERSION : PlanLoadException.Kind.MIGRATION_FAILED,
                    version.getMessage(),
                    e);
        }
        XMIException xmi = find(e, XMIException.class);
        if (xmi instanceof FeatureNotFoundException unknown) {
            return new PlanLoadException(
                    name,
                    xmi.getLine(),
                    PlanLoadException.Kind.UNKNOWN_CONTENT,
                    "unknown attribute or element '" + unknown.getName() + "'" + inside(unknown)
                            + "; check its spelling",
                    e);
        }
        if (xmi instanceof ClassNotFoundException unknown) {
            return new PlanLoadException(
                    name,
                    xmi.getLine(),
                    PlanLoadException.Kind.UNKNOWN_CONTENT,
                    "unknown kind of element '" + unknown.getName() + "'; check its spelling",
                    e);
        }
        if (xmi instanceof PackageNotFoundException foreign) {
            return new PlanLoadException(
                    name,
                    xmi.getLine(),
                    PlanLoadException.Kind.NOT_A_PLAN,
                    "not a Phaen plan: its XML namespace is " + (foreign.uri() == null ? "missing" : foreign.uri()),
                    e);
        }
        if (xmi instanceof DuplicateUuidException) {
            return new PlanLoadException(
                    name, xmi.getLine(), PlanLoadException.Kind.DUPLICATE_UUID, xmi.getMessage(), e);
        }
        if (xmi != null) {
            return new PlanLoadException(
                    name, xmi.getLine(), PlanLoadException.Kind.UNREADABLE, withoutLocation(xmi), e);
        }
        return new PlanLoadException(
                name, 0, PlanLoadException.Kind.UNREADABLE, e.getMessage() == null ? "unreadable" : e.getMessage(), e);
    }

    private static PlanLoadException fromParser(String name, Path file, SAXParseException sax, Exception e) {
        String message = String.valueOf(sax.getMessage());
        int line = sax.getLineNumber();
        if (message.contains("DOCTYPE")) {
            return new PlanLoadException(
                    name,
                    line,
                    PlanLoadException.Kind.DOCTYPE_REFUSED,
                    "refused: the file contains a DOCTYPE declaration; plan files never do, and external entities are never read",
                    e);
        }
        if (message.contains("Premature end of file")
                || message.contains("must start and end within the same entity")) {
            return new PlanLoadException(
                    name,
                    line,
                    PlanLoadException.Kind.TRUNCATED,
                    isEmpty(file)
                            ? "the file is empty: it is not a Phaen plan, or was cut short"
                            : CUT_SHORT + SafeSave.backupOf(file.getFileName()) + " may hold the previous version",
                    e);
        }
        if (message.contains("Content is not allowed in prolog")
                || message.contains("Content is not allowed in trailing section")
                || message.contains("Invalid byte")
                || message.contains("An invalid XML character")) {
            return new PlanLoadException(
                    name,
                    line,
                    PlanLoadException.Kind.NOT_A_PLAN,
                    "not a Phaen plan: the file is not XML text (" + message.replaceAll("\\.$", "") + ")",
                    e);
        }
        return new PlanLoadException(name, line, PlanLoadException.Kind.MALFORMED, "broken XML: " + message, e);
    }

    private static String inside(FeatureNotFoundException unknown) {
        return unknown.getObject() == null
                ? ""
                : " in a " + unknown.getObject().eClass().getName();
    }

    /** EMF appends "(uri, line, column)" to its messages; the file and line are already in front. */
    private static String withoutLocation(XMIException xmi) {
        String message = String.valueOf(xmi.getMessage());
        int at = message.lastIndexOf(" (");
        return at > 0 && message.endsWith(")") && message.substring(at).contains(", " + xmi.getLine() + ",")
                ? message.substring(0, at)
                : message;
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0 || Files.readString(file).isBlank();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The number of the file's last line (where a file cut short ends); 0 when it cannot be read. */
    private static int lastLine(Path file) {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            int lines = 1;
            for (int b = in.read(); b >= 0; b = in.read()) {
                lines += b == '\n' ? 1 : 0;
            }
            return lines;
        } catch (IOException e) {
            return 0;
        }
    }

    /** True when the file's last bytes are the start of a UTF-8 character whose other bytes are missing. */
    private static boolean endsMidCharacter(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            int tail = (int) Math.min(4, in.length());
            byte[] last = new byte[tail];
            in.seek(in.length() - tail);
            in.readFully(last);
            for (int i = tail - 1; i >= 0; i--) {
                int b = last[i] & 0xFF;
                if (b >= 0xC0) { // a lead byte: 110xxxxx needs 2 bytes, 1110xxxx 3, 11110xxx 4
                    int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                    return tail - i < needed;
                }
                if (b < 0x80) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof XMIException xmi
                    && xmi.getWrappedException() != null
                    && type.isInstance(xmi.getWrappedException())) {
                return type.cast(xmi.getWrappedException());
            }
        }
        return null;
    }
}
