/**
 * EMF's generated helpers for the Phaen metamodel: {@link org.phaen.model.util.PhaenSwitch} (dispatch on an
 * element's class hierarchy) and {@link org.phaen.model.util.PhaenAdapterFactory} (base for adapter factories
 * such as EMF.Edit's item providers).
 * <p>
 * <b>Contract:</b> generated into {@code src-gen/} from {@code model/phaen.ecore}, never edited by hand; a
 * switch gains a {@code caseX} method for every new class of the metamodel.
 * <p>
 * <b>Threads:</b> stateless apart from what a subclass keeps; use on the thread that owns the model.
 */
package org.phaen.model.util;
