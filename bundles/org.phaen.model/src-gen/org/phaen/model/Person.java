/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person: officers, experts, local wisdom holders, village sages. Name and contact details are personal data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Person#getHonorific <em>Honorific</em>}</li>
 *   <li>{@link org.phaen.model.Person#getRole <em>Role</em>}</li>
 *   <li>{@link org.phaen.model.Person#getAffiliation <em>Affiliation</em>}</li>
 *   <li>{@link org.phaen.model.Person#getPosition <em>Position</em>}</li>
 *   <li>{@link org.phaen.model.Person#getExpertise <em>Expertise</em>}</li>
 *   <li>{@link org.phaen.model.Person#getConsents <em>Consents</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Party {
	/**
	 * Returns the value of the '<em><b>Honorific</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Honorific</em>' attribute.
	 * @see #setHonorific(String)
	 * @see org.phaen.model.PhaenPackage#getPerson_Honorific()
	 * @model
	 * @generated
	 */
	String getHonorific();

	/**
	 * Sets the value of the '{@link org.phaen.model.Person#getHonorific <em>Honorific</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Honorific</em>' attribute.
	 * @see #getHonorific()
	 * @generated
	 */
	void setHonorific(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.PersonRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.phaen.model.PersonRole
	 * @see #isSetRole()
	 * @see #unsetRole()
	 * @see #setRole(PersonRole)
	 * @see org.phaen.model.PhaenPackage#getPerson_Role()
	 * @model unsettable="true"
	 * @generated
	 */
	PersonRole getRole();

	/**
	 * Sets the value of the '{@link org.phaen.model.Person#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.phaen.model.PersonRole
	 * @see #isSetRole()
	 * @see #unsetRole()
	 * @see #getRole()
	 * @generated
	 */
	void setRole(PersonRole value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.Person#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRole()
	 * @see #getRole()
	 * @see #setRole(PersonRole)
	 * @generated
	 */
	void unsetRole();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.Person#getRole <em>Role</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Role</em>' attribute is set.
	 * @see #unsetRole()
	 * @see #getRole()
	 * @see #setRole(PersonRole)
	 * @generated
	 */
	boolean isSetRole();

	/**
	 * Returns the value of the '<em><b>Affiliation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affiliation</em>' reference.
	 * @see #setAffiliation(Organization)
	 * @see org.phaen.model.PhaenPackage#getPerson_Affiliation()
	 * @model
	 * @generated
	 */
	Organization getAffiliation();

	/**
	 * Sets the value of the '{@link org.phaen.model.Person#getAffiliation <em>Affiliation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affiliation</em>' reference.
	 * @see #getAffiliation()
	 * @generated
	 */
	void setAffiliation(Organization value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see org.phaen.model.PhaenPackage#getPerson_Position()
	 * @model
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link org.phaen.model.Person#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Expertise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expertise</em>' attribute.
	 * @see #setExpertise(String)
	 * @see org.phaen.model.PhaenPackage#getPerson_Expertise()
	 * @model
	 * @generated
	 */
	String getExpertise();

	/**
	 * Sets the value of the '{@link org.phaen.model.Person#getExpertise <em>Expertise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expertise</em>' attribute.
	 * @see #getExpertise()
	 * @generated
	 */
	void setExpertise(String value);

	/**
	 * Returns the value of the '<em><b>Consents</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Consent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's consents to publish their name or contact details (PDPA B.E. 2562), each with the day it was given and, once withdrawn, the day it was withdrawn. Without one in force, nothing of the person is published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consents</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPerson_Consents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consent> getConsents();

} // Person
