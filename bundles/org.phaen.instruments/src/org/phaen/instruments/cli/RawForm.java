package org.phaen.instruments.cli;

import java.io.IOException;
import java.io.OutputStream;

/** The anchor of {@code bench instruments}: the same form written by the underlying library alone. */
interface RawForm {

    void write(OutputStream out) throws IOException;
}
