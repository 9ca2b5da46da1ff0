/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An activity of a project with its schedule and milestones.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Activity#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.phaen.model.Activity#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.phaen.model.Activity#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.phaen.model.Activity#getMilestones <em>Milestones</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends Named {
	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getActivity_StartDate()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Activity#getStartDate <em>Start Date</em>}' attribute.
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
	 * @see org.phaen.model.PhaenPackage#getActivity_EndDate()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Activity#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Organization)
	 * @see org.phaen.model.PhaenPackage#getActivity_Responsible()
	 * @model
	 * @generated
	 */
	Organization getResponsible();

	/**
	 * Sets the value of the '{@link org.phaen.model.Activity#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Organization value);

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getActivity_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Milestone> getMilestones();

} // Activity
