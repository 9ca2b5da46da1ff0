package org.phaen.cli.spi;

/** Input the user must fix (a missing or malformed file); reported in one line with exit code 2. */
public class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
