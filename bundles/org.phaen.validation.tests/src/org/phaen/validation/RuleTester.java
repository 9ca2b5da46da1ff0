package org.phaen.validation;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;

/** Runs one rule over plan models held in memory, as if each were a file. */
public final class RuleTester {

    private RuleTester() {
    }

    /** The findings of {@code rule} over the given models (each becomes a file in one resource set). */
    public static List<Finding> run(Rule rule, PlanModel... models) {
        ResourceSet set = PlanFiles.newResourceSet();
        for (int i = 0; i < models.length; i++) {
            Resource resource = set.createResource(URI.createURI("memory:/plan-" + i + ".phaen"));
            resource.getContents().add(models[i]);
        }
        PlanValidator validator = new PlanValidator(List.of(rule));
        // A copy: rules may resolve references into other files, which adds resources while we validate.
        return validator.validate(List.copyOf(set.getResources()), new RuleContext(set)).findings();
    }
}
