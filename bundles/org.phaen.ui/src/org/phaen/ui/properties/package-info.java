/**
 * The tabbed Properties view of plan elements: values on one tab, links to other elements on the other, from the
 * EMF.Edit item property descriptors.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.properties.ItemPropertySourceProvider} (a property source for anything the
 * item providers know); {@link org.phaen.ui.properties.PropertyTabSection} (the tabs declared in {@code plugin.xml}
 * for the plan editor's contributor id, which the diagram editor uses too); {@link org.phaen.ui.properties.PropertyTitle};
 * {@link org.phaen.ui.properties.Values} (values between the model and text by data type).
 * <p>
 * <b>Contract:</b> values are set through the descriptors, which run a command on the editing domain of the editor
 * the element belongs to: undoable like any edit. Text that does not convert to the attribute's type is refused with
 * a message, never stored.
 * <p>
 * <b>Threads:</b> the UI thread, which also owns every open plan's editing domain.
 */
package org.phaen.ui.properties;
