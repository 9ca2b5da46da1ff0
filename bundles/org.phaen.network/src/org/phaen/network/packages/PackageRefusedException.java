package org.phaen.network.packages;

/** A package that is not received, with the one-line reason (nothing of it was imported). */
public final class PackageRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public PackageRefusedException(String reason) {
        super(reason);
    }
}
