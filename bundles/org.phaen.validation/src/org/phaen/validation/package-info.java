/**
 * Validation of plans: the rule contract, the registry that finds rules, and the ways to run them (once over
 * whole files, live after each edit, or inside EMF's {@code Diagnostician}).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.validation.PlanValidator#withAllRules()} and
 * {@link org.phaen.validation.PlanValidator#validate(java.util.Collection, RuleContext)} giving a
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
 * {@code RuleRegistry.discover()} may be called from any thread.
 */
package org.phaen.validation;
