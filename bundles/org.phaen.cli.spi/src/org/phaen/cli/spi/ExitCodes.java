package org.phaen.cli.spi;

/** The exit codes every command keeps to, so scripts can rely on them. */
public final class ExitCodes {

    /** Done; for checks, nothing found. */
    public static final int OK = 0;

    /** The command ran and found a problem (validation errors, rejected rows, personal data) or failed. */
    public static final int FAILED = 1;

    /** Bad input: an unreadable or malformed file, a malformed argument ({@link BadInputException}). */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
