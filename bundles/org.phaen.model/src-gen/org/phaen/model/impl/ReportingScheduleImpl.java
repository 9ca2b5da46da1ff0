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
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScheduledReport;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reporting Schedule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.ReportingScheduleImpl#getActionPlan <em>Action Plan</em>}</li>
 *   <li>{@link org.phaen.model.impl.ReportingScheduleImpl#getReports <em>Reports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportingScheduleImpl extends NamedImpl implements ReportingSchedule {
	/**
	 * The cached value of the '{@link #getActionPlan() <em>Action Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionPlan()
	 * @generated
	 * @ordered
	 */
	protected ActionPlan actionPlan;

	/**
	 * The cached value of the '{@link #getReports() <em>Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReports()
	 * @generated
	 * @ordered
	 */
	protected EList<ScheduledReport> reports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportingScheduleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.REPORTING_SCHEDULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionPlan getActionPlan() {
		if (actionPlan != null && actionPlan.eIsProxy()) {
			InternalEObject oldActionPlan = (InternalEObject)actionPlan;
			actionPlan = (ActionPlan)eResolveProxy(oldActionPlan);
			if (actionPlan != oldActionPlan) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.REPORTING_SCHEDULE__ACTION_PLAN, oldActionPlan, actionPlan));
			}
		}
		return actionPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionPlan basicGetActionPlan() {
		return actionPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionPlan(ActionPlan newActionPlan) {
		ActionPlan oldActionPlan = actionPlan;
		actionPlan = newActionPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.REPORTING_SCHEDULE__ACTION_PLAN, oldActionPlan, actionPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScheduledReport> getReports() {
		if (reports == null) {
			reports = new EObjectContainmentEList<ScheduledReport>(ScheduledReport.class, this, PhaenPackage.REPORTING_SCHEDULE__REPORTS);
		}
		return reports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.REPORTING_SCHEDULE__REPORTS:
				return ((InternalEList<?>)getReports()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.REPORTING_SCHEDULE__ACTION_PLAN:
				if (resolve) return getActionPlan();
				return basicGetActionPlan();
			case PhaenPackage.REPORTING_SCHEDULE__REPORTS:
				return getReports();
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
			case PhaenPackage.REPORTING_SCHEDULE__ACTION_PLAN:
				setActionPlan((ActionPlan)newValue);
				return;
			case PhaenPackage.REPORTING_SCHEDULE__REPORTS:
				getReports().clear();
				getReports().addAll((Collection<? extends ScheduledReport>)newValue);
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
			case PhaenPackage.REPORTING_SCHEDULE__ACTION_PLAN:
				setActionPlan((ActionPlan)null);
				return;
			case PhaenPackage.REPORTING_SCHEDULE__REPORTS:
				getReports().clear();
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
			case PhaenPackage.REPORTING_SCHEDULE__ACTION_PLAN:
				return actionPlan != null;
			case PhaenPackage.REPORTING_SCHEDULE__REPORTS:
				return reports != null && !reports.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ReportingScheduleImpl
