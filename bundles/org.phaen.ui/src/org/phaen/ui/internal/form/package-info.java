/**
 * The form beside the plan tree: the selected element's fields and a table for each list it holds, for every
 * element kind.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.internal.form.DetailsPane}, created by the plan editor.
 * <p>
 * <b>Contract:</b> laid out from the metamodel and the item providers' texts, so a new feature appears without code
 * here; every edit goes through an item property descriptor or a command on the editor's stack, so it can be undone.
 * <p>
 * <b>Threads:</b> the UI thread, which also owns every open plan's editing domain.
 */
package org.phaen.ui.internal.form;
