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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.ActionPlan;
import org.phaen.model.Committee;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.ParticipationChannel;
import org.phaen.model.PhaenPackage;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.ReportingSchedule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Monitoring Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.MonitoringPlanImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.phaen.model.impl.MonitoringPlanImpl#getActionPlans <em>Action Plans</em>}</li>
 *   <li>{@link org.phaen.model.impl.MonitoringPlanImpl#getCommittee <em>Committee</em>}</li>
 *   <li>{@link org.phaen.model.impl.MonitoringPlanImpl#getReportingAgencies <em>Reporting Agencies</em>}</li>
 *   <li>{@link org.phaen.model.impl.MonitoringPlanImpl#getReportingPeriods <em>Reporting Periods</em>}</li>
 *   <li>{@link org.phaen.model.impl.MonitoringPlanImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.phaen.model.impl.MonitoringPlanImpl#getReportingSchedules <em>Reporting Schedules</em>}</li>
 *   <li>{@link org.phaen.model.impl.MonitoringPlanImpl#getParticipationChannels <em>Participation Channels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MonitoringPlanImpl extends NamedImpl implements MonitoringPlan {
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
	 * The cached value of the '{@link #getActionPlans() <em>Action Plans</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionPlan> actionPlans;

	/**
	 * The cached value of the '{@link #getCommittee() <em>Committee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommittee()
	 * @generated
	 * @ordered
	 */
	protected Committee committee;

	/**
	 * The cached value of the '{@link #getReportingAgencies() <em>Reporting Agencies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingAgencies()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> reportingAgencies;

	/**
	 * The cached value of the '{@link #getReportingPeriods() <em>Reporting Periods</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingPeriods()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportingPeriod> reportingPeriods;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<EvaluationInstrument> instruments;

	/**
	 * The cached value of the '{@link #getReportingSchedules() <em>Reporting Schedules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingSchedules()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportingSchedule> reportingSchedules;

	/**
	 * The cached value of the '{@link #getParticipationChannels() <em>Participation Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipationChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<ParticipationChannel> participationChannels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MonitoringPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.MONITORING_PLAN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.MONITORING_PLAN__FISCAL_YEAR, oldFiscalYear, fiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionPlan> getActionPlans() {
		if (actionPlans == null) {
			actionPlans = new EObjectResolvingEList<ActionPlan>(ActionPlan.class, this, PhaenPackage.MONITORING_PLAN__ACTION_PLANS);
		}
		return actionPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Committee getCommittee() {
		if (committee != null && committee.eIsProxy()) {
			InternalEObject oldCommittee = (InternalEObject)committee;
			committee = (Committee)eResolveProxy(oldCommittee);
			if (committee != oldCommittee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.MONITORING_PLAN__COMMITTEE, oldCommittee, committee));
			}
		}
		return committee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Committee basicGetCommittee() {
		return committee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommittee(Committee newCommittee) {
		Committee oldCommittee = committee;
		committee = newCommittee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.MONITORING_PLAN__COMMITTEE, oldCommittee, committee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getReportingAgencies() {
		if (reportingAgencies == null) {
			reportingAgencies = new EObjectResolvingEList<Organization>(Organization.class, this, PhaenPackage.MONITORING_PLAN__REPORTING_AGENCIES);
		}
		return reportingAgencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportingPeriod> getReportingPeriods() {
		if (reportingPeriods == null) {
			reportingPeriods = new EObjectContainmentEList<ReportingPeriod>(ReportingPeriod.class, this, PhaenPackage.MONITORING_PLAN__REPORTING_PERIODS);
		}
		return reportingPeriods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvaluationInstrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<EvaluationInstrument>(EvaluationInstrument.class, this, PhaenPackage.MONITORING_PLAN__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportingSchedule> getReportingSchedules() {
		if (reportingSchedules == null) {
			reportingSchedules = new EObjectContainmentEList<ReportingSchedule>(ReportingSchedule.class, this, PhaenPackage.MONITORING_PLAN__REPORTING_SCHEDULES);
		}
		return reportingSchedules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParticipationChannel> getParticipationChannels() {
		if (participationChannels == null) {
			participationChannels = new EObjectContainmentEList<ParticipationChannel>(ParticipationChannel.class, this, PhaenPackage.MONITORING_PLAN__PARTICIPATION_CHANNELS);
		}
		return participationChannels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.MONITORING_PLAN__REPORTING_PERIODS:
				return ((InternalEList<?>)getReportingPeriods()).basicRemove(otherEnd, msgs);
			case PhaenPackage.MONITORING_PLAN__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case PhaenPackage.MONITORING_PLAN__REPORTING_SCHEDULES:
				return ((InternalEList<?>)getReportingSchedules()).basicRemove(otherEnd, msgs);
			case PhaenPackage.MONITORING_PLAN__PARTICIPATION_CHANNELS:
				return ((InternalEList<?>)getParticipationChannels()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.MONITORING_PLAN__FISCAL_YEAR:
				return getFiscalYear();
			case PhaenPackage.MONITORING_PLAN__ACTION_PLANS:
				return getActionPlans();
			case PhaenPackage.MONITORING_PLAN__COMMITTEE:
				if (resolve) return getCommittee();
				return basicGetCommittee();
			case PhaenPackage.MONITORING_PLAN__REPORTING_AGENCIES:
				return getReportingAgencies();
			case PhaenPackage.MONITORING_PLAN__REPORTING_PERIODS:
				return getReportingPeriods();
			case PhaenPackage.MONITORING_PLAN__INSTRUMENTS:
				return getInstruments();
			case PhaenPackage.MONITORING_PLAN__REPORTING_SCHEDULES:
				return getReportingSchedules();
			case PhaenPackage.MONITORING_PLAN__PARTICIPATION_CHANNELS:
				return getParticipationChannels();
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
			case PhaenPackage.MONITORING_PLAN__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case PhaenPackage.MONITORING_PLAN__ACTION_PLANS:
				getActionPlans().clear();
				getActionPlans().addAll((Collection<? extends ActionPlan>)newValue);
				return;
			case PhaenPackage.MONITORING_PLAN__COMMITTEE:
				setCommittee((Committee)newValue);
				return;
			case PhaenPackage.MONITORING_PLAN__REPORTING_AGENCIES:
				getReportingAgencies().clear();
				getReportingAgencies().addAll((Collection<? extends Organization>)newValue);
				return;
			case PhaenPackage.MONITORING_PLAN__REPORTING_PERIODS:
				getReportingPeriods().clear();
				getReportingPeriods().addAll((Collection<? extends ReportingPeriod>)newValue);
				return;
			case PhaenPackage.MONITORING_PLAN__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends EvaluationInstrument>)newValue);
				return;
			case PhaenPackage.MONITORING_PLAN__REPORTING_SCHEDULES:
				getReportingSchedules().clear();
				getReportingSchedules().addAll((Collection<? extends ReportingSchedule>)newValue);
				return;
			case PhaenPackage.MONITORING_PLAN__PARTICIPATION_CHANNELS:
				getParticipationChannels().clear();
				getParticipationChannels().addAll((Collection<? extends ParticipationChannel>)newValue);
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
			case PhaenPackage.MONITORING_PLAN__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case PhaenPackage.MONITORING_PLAN__ACTION_PLANS:
				getActionPlans().clear();
				return;
			case PhaenPackage.MONITORING_PLAN__COMMITTEE:
				setCommittee((Committee)null);
				return;
			case PhaenPackage.MONITORING_PLAN__REPORTING_AGENCIES:
				getReportingAgencies().clear();
				return;
			case PhaenPackage.MONITORING_PLAN__REPORTING_PERIODS:
				getReportingPeriods().clear();
				return;
			case PhaenPackage.MONITORING_PLAN__INSTRUMENTS:
				getInstruments().clear();
				return;
			case PhaenPackage.MONITORING_PLAN__REPORTING_SCHEDULES:
				getReportingSchedules().clear();
				return;
			case PhaenPackage.MONITORING_PLAN__PARTICIPATION_CHANNELS:
				getParticipationChannels().clear();
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
			case PhaenPackage.MONITORING_PLAN__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case PhaenPackage.MONITORING_PLAN__ACTION_PLANS:
				return actionPlans != null && !actionPlans.isEmpty();
			case PhaenPackage.MONITORING_PLAN__COMMITTEE:
				return committee != null;
			case PhaenPackage.MONITORING_PLAN__REPORTING_AGENCIES:
				return reportingAgencies != null && !reportingAgencies.isEmpty();
			case PhaenPackage.MONITORING_PLAN__REPORTING_PERIODS:
				return reportingPeriods != null && !reportingPeriods.isEmpty();
			case PhaenPackage.MONITORING_PLAN__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case PhaenPackage.MONITORING_PLAN__REPORTING_SCHEDULES:
				return reportingSchedules != null && !reportingSchedules.isEmpty();
			case PhaenPackage.MONITORING_PLAN__PARTICIPATION_CHANNELS:
				return participationChannels != null && !participationChannels.isEmpty();
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

} //MonitoringPlanImpl
