/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.Goal;
import org.phaen.model.PhaenPackage;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategic Issue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.StrategicIssueImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategicIssueImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategicIssueImpl#getBudgetTotal <em>Budget Total</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategicIssueImpl extends PlanElementImpl implements StrategicIssue {
	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> strategies;

	/**
	 * The default value of the '{@link #getBudgetTotal() <em>Budget Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetTotal()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_TOTAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetTotal() <em>Budget Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetTotal()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetTotal = BUDGET_TOTAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategicIssueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.STRATEGIC_ISSUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, PhaenPackage.STRATEGIC_ISSUE__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getStrategies() {
		if (strategies == null) {
			strategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, PhaenPackage.STRATEGIC_ISSUE__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetTotal() {
		return budgetTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetTotal(BigDecimal newBudgetTotal) {
		BigDecimal oldBudgetTotal = budgetTotal;
		budgetTotal = newBudgetTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.STRATEGIC_ISSUE__BUDGET_TOTAL, oldBudgetTotal, budgetTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.STRATEGIC_ISSUE__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case PhaenPackage.STRATEGIC_ISSUE__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.STRATEGIC_ISSUE__GOALS:
				return getGoals();
			case PhaenPackage.STRATEGIC_ISSUE__STRATEGIES:
				return getStrategies();
			case PhaenPackage.STRATEGIC_ISSUE__BUDGET_TOTAL:
				return getBudgetTotal();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PhaenPackage.STRATEGIC_ISSUE__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case PhaenPackage.STRATEGIC_ISSUE__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case PhaenPackage.STRATEGIC_ISSUE__BUDGET_TOTAL:
				setBudgetTotal((BigDecimal)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PhaenPackage.STRATEGIC_ISSUE__GOALS:
				getGoals().clear();
				return;
			case PhaenPackage.STRATEGIC_ISSUE__STRATEGIES:
				getStrategies().clear();
				return;
			case PhaenPackage.STRATEGIC_ISSUE__BUDGET_TOTAL:
				setBudgetTotal(BUDGET_TOTAL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PhaenPackage.STRATEGIC_ISSUE__GOALS:
				return goals != null && !goals.isEmpty();
			case PhaenPackage.STRATEGIC_ISSUE__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case PhaenPackage.STRATEGIC_ISSUE__BUDGET_TOTAL:
				return BUDGET_TOTAL_EDEFAULT == null ? budgetTotal != null : !BUDGET_TOTAL_EDEFAULT.equals(budgetTotal);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (budgetTotal: ");
		result.append(budgetTotal);
		result.append(')');
		return result.toString();
	}

} //StrategicIssueImpl
