/**
 * JFace content and label providers over EMF.Edit item providers (EMF's own {@code emf.edit.ui} is not on Maven
 * Central).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.internal.edit.ItemContentProvider} (a tree's children as each element's item
 * provider says) and {@link org.phaen.ui.internal.edit.ItemLabelProvider} (Thai or English text and the kind's icon).
 * <p>
 * <b>Contract:</b> the viewers show the plan as the generated item providers and their labels describe it; the
 * providers listen to the model and refresh their viewer when it changes.
 * <p>
 * <b>Threads:</b> the UI thread, which also owns every open plan's editing domain.
 */
package org.phaen.ui.internal.edit;
