package org.phaen.model.resource;

import java.util.List;
import org.phaen.model.PlanModel;

/**
 * A loaded plan and the links from it to other plan files that could not be followed.
 *
 * @param plan the plan loaded
 * @param unresolvedLinks the links that lead nowhere, in document order; empty when every link resolved
 */
public record LoadReport(PlanModel plan, List<UnresolvedLink> unresolvedLinks) {

    /** True when every link to another file resolved. */
    public boolean complete() {
        return unresolvedLinks.isEmpty();
    }
}
