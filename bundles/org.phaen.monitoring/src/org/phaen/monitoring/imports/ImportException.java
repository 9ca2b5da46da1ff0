package org.phaen.monitoring.imports;

/** A collected file that cannot be imported at all (unreadable, too big, not one of ours); nothing was stored. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
