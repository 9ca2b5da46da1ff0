package org.phaen.validation;

/** How serious a finding is. Errors make {@code phaen validate} exit 1. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
