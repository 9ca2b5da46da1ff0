/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A goal (เป้าประสงค์) measured by indicators.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Goal#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getGoal_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Goal
