/**
 * Validation of plans: the rule contract, the registry that finds rules, and the ways to run them (once over
 * whole files, live after each edit, or inside EMF's {@code Diagnostician}). Works inside OSGi and in a plain
 * Java program, with or without {@code org.eclipse.osgi} on the class path.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.validation.PlanValidator#withAllRules()} and
 * {@link org.phaen.validation.PlanValidator#validate(org.eclipse.emf.ecore.resource.ResourceSet)} (the rule context
 * made inside) or {@link org.phaen.validation.PlanValidator#validate(java.util.Collection, RuleContext)} giving a
 * {@link org.phaen.validation.ValidationReport} of {@link org.phaen.validation.Finding}s;
 * {@link org.phaen.validation.LiveValidation} for editors; {@link org.phaen.validation.PhaenEValidator#register()}
 * for EMF tools. To add a rule: implement {@link org.phaen.validation.Rule} (usually through
 * {@link org.phaen.validation.AbstractRule}) and register it in {@code META-INF/services/org.phaen.validation.Rule}
 * or, inside OSGi, as a service of type {@code Rule}; {@link org.phaen.validation.RuleRegistry} finds both.
 * <p>
 * <b>Contract:</b> a rule has a stable, unique ID ({@code PH-XXX-NNN}), a {@link org.phaen.validation.Severity},
 * the kind of element it checks, and a message and a hint in English and Thai in the properties files beside
 * it. Rules are stateless and never change the model; what they need about the rest of the plan comes from
 * the {@link org.phaen.validation.RuleContext}, whose indexes are computed once per run. A rule that compares
 * elements with each other names them in {@link org.phaen.validation.Rule#alsoAffectedBy} so live validation
 * re-checks them. Findings name their element by UUID as well, so they can be matched in another process.
 * <p>
 * <b>Threads:</b> a validation run, a {@code RuleContext} and a {@code LiveValidation} belong to the thread that
 * owns the model (the UI thread in the workbench) and must not be shared; their indexes are not synchronised.
 * A {@code PlanValidator} holds only its (stateless) rules and may be shared between threads and runs.
 * {@code RuleRegistry.discover()} may be called from any thread; it looks the rules up afresh on each call.
 * <p>
 * <b>Global state:</b> {@link org.phaen.validation.PhaenEValidator#register()} writes EMF's global
 * {@code EValidator.Registry.INSTANCE} for the Phaen package, so every {@code Diagnostician} of that EMF (per class
 * loader) runs Phaen's rules afterwards: call it once at start-up, not while EMF validations run. The message
 * bundles of rules are cached in a static concurrent map.
 */
package org.phaen.validation;
