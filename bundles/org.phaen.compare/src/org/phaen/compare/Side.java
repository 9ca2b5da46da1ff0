package org.phaen.compare;

/** The two edited versions of a three-way merge. */
public enum Side {
    MINE,
    THEIRS;

    public Side other() {
        return this == MINE ? THEIRS : MINE;
    }
}
