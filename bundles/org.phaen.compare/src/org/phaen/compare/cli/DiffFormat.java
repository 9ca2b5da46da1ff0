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
