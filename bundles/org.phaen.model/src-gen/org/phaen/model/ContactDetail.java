/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Detail</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phone number, e-mail or address; personal data unless stated otherwise (an office's switchboard is not).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.ContactDetail#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.ContactDetail#getValue <em>Value</em>}</li>
 *   <li>{@link org.phaen.model.ContactDetail#isPersonalData <em>Personal Data</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getContactDetail()
 * @model
 * @generated
 */
public interface ContactDetail extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.ContactKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.ContactKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(ContactKind)
	 * @see org.phaen.model.PhaenPackage#getContactDetail_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	ContactKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.ContactDetail#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.ContactKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ContactKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.ContactDetail#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(ContactKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.ContactDetail#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(ContactKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.phaen.model.PhaenPackage#getContactDetail_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.phaen.model.ContactDetail#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Personal Data</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personal Data</em>' attribute.
	 * @see #setPersonalData(boolean)
	 * @see org.phaen.model.PhaenPackage#getContactDetail_PersonalData()
	 * @model default="true"
	 * @generated
	 */
	boolean isPersonalData();

	/**
	 * Sets the value of the '{@link org.phaen.model.ContactDetail#isPersonalData <em>Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal Data</em>' attribute.
	 * @see #isPersonalData()
	 * @generated
	 */
	void setPersonalData(boolean value);

} // ContactDetail
