/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mou</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A memorandum of understanding (บันทึกข้อตกลงความร่วมมือ) between parties.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Mou#getParties <em>Parties</em>}</li>
 *   <li>{@link org.phaen.model.Mou#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.phaen.model.Mou#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.phaen.model.Mou#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.phaen.model.Mou#getScope <em>Scope</em>}</li>
 *   <li>{@link org.phaen.model.Mou#getProjects <em>Projects</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getMou()
 * @model
 * @generated
 */
public interface Mou extends Named {
	/**
	 * Returns the value of the '<em><b>Parties</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Party}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parties</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getMou_Parties()
	 * @model
	 * @generated
	 */
	EList<Party> getParties();

	/**
	 * Returns the value of the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed On</em>' attribute.
	 * @see #setSignedOn(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getMou_SignedOn()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedOn();

	/**
	 * Sets the value of the '{@link org.phaen.model.Mou#getSignedOn <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed On</em>' attribute.
	 * @see #getSignedOn()
	 * @generated
	 */
	void setSignedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getMou_StartDate()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Mou#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getMou_EndDate()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Mou#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.phaen.model.PhaenPackage#getMou_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.phaen.model.Mou#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Project}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projects</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getMou_Projects()
	 * @model
	 * @generated
	 */
	EList<Project> getProjects();

} // Mou
