/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reporting Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When reports on an action plan are due and who receives them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.ReportingSchedule#getActionPlan <em>Action Plan</em>}</li>
 *   <li>{@link org.phaen.model.ReportingSchedule#getReports <em>Reports</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getReportingSchedule()
 * @model
 * @generated
 */
public interface ReportingSchedule extends Named {
	/**
	 * Returns the value of the '<em><b>Action Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action Plan</em>' reference.
	 * @see #setActionPlan(ActionPlan)
	 * @see org.phaen.model.PhaenPackage#getReportingSchedule_ActionPlan()
	 * @model
	 * @generated
	 */
	ActionPlan getActionPlan();

	/**
	 * Sets the value of the '{@link org.phaen.model.ReportingSchedule#getActionPlan <em>Action Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action Plan</em>' reference.
	 * @see #getActionPlan()
	 * @generated
	 */
	void setActionPlan(ActionPlan value);

	/**
	 * Returns the value of the '<em><b>Reports</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.ScheduledReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getReportingSchedule_Reports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScheduledReport> getReports();

} // ReportingSchedule
