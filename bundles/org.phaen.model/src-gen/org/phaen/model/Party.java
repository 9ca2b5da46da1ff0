/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation or a person that can sign an MOU or receive recognition.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Party#getContacts <em>Contacts</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getParty()
 * @model abstract="true"
 * @generated
 */
public interface Party extends Named {
	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.ContactDetail}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getParty_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactDetail> getContacts();

} // Party
