/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.Measure;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Strategy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.StrategyImpl#getServesGoals <em>Serves Goals</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategyImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategyImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategyImpl extends PlanElementImpl implements Strategy {
	/**
	 * The cached value of the '{@link #getServesGoals() <em>Serves Goals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServesGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> servesGoals;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getServesGoals() {
		if (servesGoals == null) {
			servesGoals = new EObjectResolvingEList<Goal>(Goal.class, this, PhaenPackage.STRATEGY__SERVES_GOALS);
		}
		return servesGoals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures() {
		if (measures == null) {
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, PhaenPackage.STRATEGY__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, PhaenPackage.STRATEGY__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.STRATEGY__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
			case PhaenPackage.STRATEGY__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.STRATEGY__SERVES_GOALS:
				return getServesGoals();
			case PhaenPackage.STRATEGY__MEASURES:
				return getMeasures();
			case PhaenPackage.STRATEGY__INDICATORS:
				return getIndicators();
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
			case PhaenPackage.STRATEGY__SERVES_GOALS:
				getServesGoals().clear();
				getServesGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case PhaenPackage.STRATEGY__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
				return;
			case PhaenPackage.STRATEGY__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
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
			case PhaenPackage.STRATEGY__SERVES_GOALS:
				getServesGoals().clear();
				return;
			case PhaenPackage.STRATEGY__MEASURES:
				getMeasures().clear();
				return;
			case PhaenPackage.STRATEGY__INDICATORS:
				getIndicators().clear();
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
			case PhaenPackage.STRATEGY__SERVES_GOALS:
				return servesGoals != null && !servesGoals.isEmpty();
			case PhaenPackage.STRATEGY__MEASURES:
				return measures != null && !measures.isEmpty();
			case PhaenPackage.STRATEGY__INDICATORS:
				return indicators != null && !indicators.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //StrategyImpl
