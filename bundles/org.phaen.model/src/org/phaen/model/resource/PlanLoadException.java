package org.phaen.model.resource;

import java.io.IOException;

/** A plan file could not be read; the message names the file and, when known, the line. */
public class PlanLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public PlanLoadException(String file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    public String getFile() {
        return file;
    }

    /** The line of the problem, or 0 when the parser did not say. */
    public int getLine() {
        return line;
    }
}
