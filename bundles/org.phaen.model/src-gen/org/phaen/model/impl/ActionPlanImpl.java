/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.ActionPlan;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Project;
import org.phaen.model.StrategicPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.ActionPlanImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.phaen.model.impl.ActionPlanImpl#getStrategicPlan <em>Strategic Plan</em>}</li>
 *   <li>{@link org.phaen.model.impl.ActionPlanImpl#getProjects <em>Projects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionPlanImpl extends PlanDocumentImpl implements ActionPlan {
	/**
	 * The default value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int fiscalYear = FISCAL_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStrategicPlan() <em>Strategic Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategicPlan()
	 * @generated
	 * @ordered
	 */
	protected StrategicPlan strategicPlan;

	/**
	 * The cached value of the '{@link #getProjects() <em>Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<Project> projects;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.ACTION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFiscalYear() {
		return fiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiscalYear(int newFiscalYear) {
		int oldFiscalYear = fiscalYear;
		fiscalYear = newFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.ACTION_PLAN__FISCAL_YEAR, oldFiscalYear, fiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategicPlan getStrategicPlan() {
		if (strategicPlan != null && strategicPlan.eIsProxy()) {
			InternalEObject oldStrategicPlan = (InternalEObject)strategicPlan;
			strategicPlan = (StrategicPlan)eResolveProxy(oldStrategicPlan);
			if (strategicPlan != oldStrategicPlan) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.ACTION_PLAN__STRATEGIC_PLAN, oldStrategicPlan, strategicPlan));
			}
		}
		return strategicPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StrategicPlan basicGetStrategicPlan() {
		return strategicPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategicPlan(StrategicPlan newStrategicPlan) {
		StrategicPlan oldStrategicPlan = strategicPlan;
		strategicPlan = newStrategicPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.ACTION_PLAN__STRATEGIC_PLAN, oldStrategicPlan, strategicPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Project> getProjects() {
		if (projects == null) {
			projects = new EObjectContainmentEList<Project>(Project.class, this, PhaenPackage.ACTION_PLAN__PROJECTS);
		}
		return projects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.ACTION_PLAN__PROJECTS:
				return ((InternalEList<?>)getProjects()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.ACTION_PLAN__FISCAL_YEAR:
				return getFiscalYear();
			case PhaenPackage.ACTION_PLAN__STRATEGIC_PLAN:
				if (resolve) return getStrategicPlan();
				return basicGetStrategicPlan();
			case PhaenPackage.ACTION_PLAN__PROJECTS:
				return getProjects();
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
			case PhaenPackage.ACTION_PLAN__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case PhaenPackage.ACTION_PLAN__STRATEGIC_PLAN:
				setStrategicPlan((StrategicPlan)newValue);
				return;
			case PhaenPackage.ACTION_PLAN__PROJECTS:
				getProjects().clear();
				getProjects().addAll((Collection<? extends Project>)newValue);
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
			case PhaenPackage.ACTION_PLAN__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case PhaenPackage.ACTION_PLAN__STRATEGIC_PLAN:
				setStrategicPlan((StrategicPlan)null);
				return;
			case PhaenPackage.ACTION_PLAN__PROJECTS:
				getProjects().clear();
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
			case PhaenPackage.ACTION_PLAN__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case PhaenPackage.ACTION_PLAN__STRATEGIC_PLAN:
				return strategicPlan != null;
			case PhaenPackage.ACTION_PLAN__PROJECTS:
				return projects != null && !projects.isEmpty();
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
		result.append(" (fiscalYear: ");
		result.append(fiscalYear);
		result.append(')');
		return result.toString();
	}

} //ActionPlanImpl
