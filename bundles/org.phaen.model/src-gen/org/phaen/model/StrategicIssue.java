/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategic Issue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategic issue (ประเด็นยุทธศาสตร์) with its goals and strategies; budgetTotal is the total the plan document states for it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.StrategicIssue#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.phaen.model.StrategicIssue#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.phaen.model.StrategicIssue#getBudgetTotal <em>Budget Total</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getStrategicIssue()
 * @model
 * @generated
 */
public interface StrategicIssue extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getStrategicIssue_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getStrategicIssue_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Budget Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Total</em>' attribute.
	 * @see #setBudgetTotal(BigDecimal)
	 * @see org.phaen.model.PhaenPackage#getStrategicIssue_BudgetTotal()
	 * @model dataType="org.phaen.model.Decimal"
	 * @generated
	 */
	BigDecimal getBudgetTotal();

	/**
	 * Sets the value of the '{@link org.phaen.model.StrategicIssue#getBudgetTotal <em>Budget Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Total</em>' attribute.
	 * @see #getBudgetTotal()
	 * @generated
	 */
	void setBudgetTotal(BigDecimal value);

} // StrategicIssue
