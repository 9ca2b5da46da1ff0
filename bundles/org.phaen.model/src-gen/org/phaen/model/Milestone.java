/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A milestone of an activity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Milestone#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.phaen.model.Milestone#getDeliverable <em>Deliverable</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends Named {
	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getMilestone_DueDate()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Milestone#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Deliverable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deliverable</em>' attribute.
	 * @see #setDeliverable(String)
	 * @see org.phaen.model.PhaenPackage#getMilestone_Deliverable()
	 * @model
	 * @generated
	 */
	String getDeliverable();

	/**
	 * Sets the value of the '{@link org.phaen.model.Milestone#getDeliverable <em>Deliverable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deliverable</em>' attribute.
	 * @see #getDeliverable()
	 * @generated
	 */
	void setDeliverable(String value);

} // Milestone
