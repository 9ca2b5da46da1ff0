package org.phaen.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Runs rules over plan files; usable headless, from the CLI, and under the workbench's markers. */
public final class PlanValidator {

    private final List<Rule> rules;
    private final Map<EClass, List<Rule>> rulesByClass = new ConcurrentHashMap<>();

    public PlanValidator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A validator with every discoverable rule. */
    public static PlanValidator withAllRules() {
        return new PlanValidator(RuleRegistry.discover());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Validates every element of the given resources (other loaded files only serve as context). */
    public ValidationReport validate(Collection<Resource> resources, RuleContext context) {
        Findings findings = new Findings();
        for (Resource resource : resources) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                check(it.next(), context, findings);
            }
        }
        return new ValidationReport(findings.all());
    }

    /** Validates one element (not its children): the unit of incremental validation. */
    public List<Finding> validate(EObject element, RuleContext context) {
        Findings findings = new Findings();
        check(element, context, findings);
        return findings.all();
    }

    private void check(EObject element, RuleContext context, Findings findings) {
        for (Rule rule : rulesFor(element.eClass())) {
            findings.runningRule(rule);
            rule.check(element, context, findings);
        }
    }

    /** The rules that apply to elements of a class, including rules for its supertypes. */
    public List<Rule> rulesFor(EClass eClass) {
        return rulesByClass.computeIfAbsent(eClass, c -> {
            List<Rule> applicable = new ArrayList<>();
            Class<?> instanceClass = c.getInstanceClass();
            for (Rule rule : rules) {
                if (instanceClass != null && rule.type().isAssignableFrom(instanceClass)) {
                    applicable.add(rule);
                }
            }
            return List.copyOf(applicable);
        });
    }
}
