package org.phaen.compare.edit;

import org.phaen.compare.PlanComparison;
import org.phaen.compare.PlanIndex;

/** Which version of a comparison a change is copied from: the old version (left) into the new one (right), or back. */
public enum CopyDirection {
    OLD_TO_NEW,
    NEW_TO_OLD;

    PlanIndex source(PlanComparison comparison) {
        return this == OLD_TO_NEW ? comparison.before() : comparison.after();
    }

    PlanIndex destination(PlanComparison comparison) {
        return this == OLD_TO_NEW ? comparison.after() : comparison.before();
    }
}
