/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monitoring Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one fiscal year is monitored: periods, instruments, reporting schedules, participation channels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.MonitoringPlan#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.phaen.model.MonitoringPlan#getActionPlans <em>Action Plans</em>}</li>
 *   <li>{@link org.phaen.model.MonitoringPlan#getCommittee <em>Committee</em>}</li>
 *   <li>{@link org.phaen.model.MonitoringPlan#getReportingAgencies <em>Reporting Agencies</em>}</li>
 *   <li>{@link org.phaen.model.MonitoringPlan#getReportingPeriods <em>Reporting Periods</em>}</li>
 *   <li>{@link org.phaen.model.MonitoringPlan#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.phaen.model.MonitoringPlan#getReportingSchedules <em>Reporting Schedules</em>}</li>
 *   <li>{@link org.phaen.model.MonitoringPlan#getParticipationChannels <em>Participation Channels</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getMonitoringPlan()
 * @model
 * @generated
 */
public interface MonitoringPlan extends Named {
	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.phaen.model.PhaenPackage#getMonitoringPlan_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.phaen.model.MonitoringPlan#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Action Plans</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.ActionPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action Plans</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getMonitoringPlan_ActionPlans()
	 * @model
	 * @generated
	 */
	EList<ActionPlan> getActionPlans();

	/**
	 * Returns the value of the '<em><b>Committee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Committee</em>' reference.
	 * @see #setCommittee(Committee)
	 * @see org.phaen.model.PhaenPackage#getMonitoringPlan_Committee()
	 * @model
	 * @generated
	 */
	Committee getCommittee();

	/**
	 * Sets the value of the '{@link org.phaen.model.MonitoringPlan#getCommittee <em>Committee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Committee</em>' reference.
	 * @see #getCommittee()
	 * @generated
	 */
	void setCommittee(Committee value);

	/**
	 * Returns the value of the '<em><b>Reporting Agencies</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Agencies</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getMonitoringPlan_ReportingAgencies()
	 * @model
	 * @generated
	 */
	EList<Organization> getReportingAgencies();

	/**
	 * Returns the value of the '<em><b>Reporting Periods</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.ReportingPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Periods</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getMonitoringPlan_ReportingPeriods()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportingPeriod> getReportingPeriods();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.EvaluationInstrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getMonitoringPlan_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvaluationInstrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Reporting Schedules</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.ReportingSchedule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Schedules</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getMonitoringPlan_ReportingSchedules()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportingSchedule> getReportingSchedules();

	/**
	 * Returns the value of the '<em><b>Participation Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.ParticipationChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participation Channels</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getMonitoringPlan_ParticipationChannels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParticipationChannel> getParticipationChannels();

} // MonitoringPlan
