/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Revision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A revision of an approved plan (model 1.1): when, what changed, who approved it and by which meeting or order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.PlanRevision#getDate <em>Date</em>}</li>
 *   <li>{@link org.phaen.model.PlanRevision#getDescription <em>Description</em>}</li>
 *   <li>{@link org.phaen.model.PlanRevision#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.phaen.model.PlanRevision#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getPlanRevision()
 * @model
 * @generated
 */
public interface PlanRevision extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getPlanRevision_Date()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanRevision#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.phaen.model.PhaenPackage#getPlanRevision_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanRevision#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved By</em>' reference.
	 * @see #setApprovedBy(Committee)
	 * @see org.phaen.model.PhaenPackage#getPlanRevision_ApprovedBy()
	 * @model
	 * @generated
	 */
	Committee getApprovedBy();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanRevision#getApprovedBy <em>Approved By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved By</em>' reference.
	 * @see #getApprovedBy()
	 * @generated
	 */
	void setApprovedBy(Committee value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.phaen.model.PhaenPackage#getPlanRevision_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanRevision#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

} // PlanRevision
