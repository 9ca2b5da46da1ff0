/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.cli;

import java.io.PrintWriter;
import org.phaen.compare.DiffText;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.Words;

/** The forms {@code phaen diff} writes a comparison in. */
enum DiffFormat {
    TEXT {
        @Override
        void write(PlanComparison comparison, Words words, String oldName, String newName, PrintWriter out) {
            out.println("--- " + oldName);
            out.println("+++ " + newName);
            new DiffText(words).lines(comparison).forEach(out::println);
        }
    },
    JSON {
        @Override
        void write(PlanComparison comparison, Words words, String oldName, String newName, PrintWriter out) {
            new DiffJson(words).write(comparison, oldName, newName, out);
        }
    },
    HTML {
        @Override
        void write(PlanComparison comparison, Words words, String oldName, String newName, PrintWriter out) {
            new DiffHtml(words).write(comparison, oldName, newName, out);
        }
    };

    abstract void write(PlanComparison comparison, Words words, String oldName, String newName, PrintWriter out);

    /** The languages of the words. */
    enum Language {
        TH,
        EN
    }
}
