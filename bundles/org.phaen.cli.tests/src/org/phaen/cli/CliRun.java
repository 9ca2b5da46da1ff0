package org.phaen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.phaen.testing.SamplePlans;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PhaenCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A sample plan in the repository's models/ folder. */
    static String sample(String name) {
        return SamplePlans.file(name).toString();
    }
}
