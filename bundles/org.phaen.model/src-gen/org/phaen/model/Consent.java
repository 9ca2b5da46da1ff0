/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person's consent to publish their name and some of their contact details (model 1.1). In force from givenOn (unknown: in force) until withdrawnOn.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Consent#getGivenOn <em>Given On</em>}</li>
 *   <li>{@link org.phaen.model.Consent#getWithdrawnOn <em>Withdrawn On</em>}</li>
 *   <li>{@link org.phaen.model.Consent#isCoversName <em>Covers Name</em>}</li>
 *   <li>{@link org.phaen.model.Consent#getCoversContacts <em>Covers Contacts</em>}</li>
 *   <li>{@link org.phaen.model.Consent#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getConsent()
 * @model
 * @generated
 */
public interface Consent extends Identified {
	/**
	 * Returns the value of the '<em><b>Given On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given On</em>' attribute.
	 * @see #setGivenOn(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getConsent_GivenOn()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getGivenOn();

	/**
	 * Sets the value of the '{@link org.phaen.model.Consent#getGivenOn <em>Given On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given On</em>' attribute.
	 * @see #getGivenOn()
	 * @generated
	 */
	void setGivenOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Withdrawn On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Withdrawn On</em>' attribute.
	 * @see #setWithdrawnOn(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getConsent_WithdrawnOn()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getWithdrawnOn();

	/**
	 * Sets the value of the '{@link org.phaen.model.Consent#getWithdrawnOn <em>Withdrawn On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Withdrawn On</em>' attribute.
	 * @see #getWithdrawnOn()
	 * @generated
	 */
	void setWithdrawnOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Covers Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covers Name</em>' attribute.
	 * @see #setCoversName(boolean)
	 * @see org.phaen.model.PhaenPackage#getConsent_CoversName()
	 * @model
	 * @generated
	 */
	boolean isCoversName();

	/**
	 * Sets the value of the '{@link org.phaen.model.Consent#isCoversName <em>Covers Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covers Name</em>' attribute.
	 * @see #isCoversName()
	 * @generated
	 */
	void setCoversName(boolean value);

	/**
	 * Returns the value of the '<em><b>Covers Contacts</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.ContactDetail}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covers Contacts</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getConsent_CoversContacts()
	 * @model
	 * @generated
	 */
	EList<ContactDetail> getCoversContacts();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the consent is recorded: the signed form, letter or meeting minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.phaen.model.PhaenPackage#getConsent_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.phaen.model.Consent#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // Consent
