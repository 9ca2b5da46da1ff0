/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The string, text-block and character literals of a Java source, as written (quotes and escapes kept), with
 * comments skipped. Enough of Java's lexer for that: a quote inside a comment or a comment marker inside a
 * literal is not taken for what it is not.
 */
final class JavaLiterals {

    private final String code;
    private final List<String> literals = new ArrayList<>();
    private int at;

    private JavaLiterals(String code) {
        this.code = code;
    }

    static List<String> of(String code) {
        JavaLiterals lexer = new JavaLiterals(code);
        lexer.read();
        return lexer.literals;
    }

    private void read() {
        while (at < code.length()) {
            if (code.startsWith("//", at)) {
                at = end(code.indexOf('\n', at), 0);
            } else if (code.startsWith("/*", at)) {
                at = end(code.indexOf("*/", at + 2), 2);
            } else if (code.startsWith("\"\"\"", at)) {
                literal(end(code.indexOf("\"\"\"", at + 3), 3));
            } else if (code.charAt(at) == '"' || code.charAt(at) == '\'') {
                literal(quoted(code.charAt(at)));
            } else {
                at++;
            }
        }
    }

    /** Just past a quoted literal that starts at {@code at}, stepping over escaped characters. */
    private int quoted(char quote) {
        int i = at + 1;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, code.length());
    }

    private void literal(int end) {
        literals.add(code.substring(at, end));
        at = end;
    }

    /** {@code found} plus the length of the marker found, or the end of the code when there is none. */
    private int end(int found, int marker) {
        return found < 0 ? code.length() : found + marker;
    }
}
