/**
 * Questions integrators ask of loaded plans, on top of the generated getters.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.model.query.Elements} (an element by code within its file, by UUID across
 * a resource set, every element of a kind); {@link org.phaen.model.query.Targets} (an indicator's target for a
 * fiscal year); {@link org.phaen.model.query.Budgets} (budget totals by funding source of a plan or project);
 * {@link org.phaen.model.query.AlignmentChains} (the upward chains of an element, and the one that reaches the
 * national strategy); {@link org.phaen.model.query.Sdgs} (the SDG numbers that exist, 1 to 17).
 * <p>
 * <b>Contract:</b> read-only, and nothing is cached: each answer is computed from the model as it is. Following
 * a cross-file link loads the linked file into the plan's resource set; links that do not resolve end a chain.
 * <p>
 * <b>Threads:</b> the helpers keep no state; call them on the thread that owns the plans' resource set.
 */
package org.phaen.model.query;
