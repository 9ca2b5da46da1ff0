/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategy (กลยุทธ์) serving goals, carried out by measures and projects.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Strategy#getServesGoals <em>Serves Goals</em>}</li>
 *   <li>{@link org.phaen.model.Strategy#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.phaen.model.Strategy#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getStrategy()
 * @model
 * @generated
 */
public interface Strategy extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Serves Goals</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serves Goals</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getStrategy_ServesGoals()
	 * @model
	 * @generated
	 */
	EList<Goal> getServesGoals();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getStrategy_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getStrategy_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Strategy
