/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheduled Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One report due: its period, due date, responsible office and recipients.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.ScheduledReport#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.phaen.model.ScheduledReport#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.phaen.model.ScheduledReport#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.phaen.model.ScheduledReport#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.phaen.model.ScheduledReport#getInstrument <em>Instrument</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getScheduledReport()
 * @model
 * @generated
 */
public interface ScheduledReport extends Named {
	/**
	 * Returns the value of the '<em><b>Period</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' reference.
	 * @see #setPeriod(ReportingPeriod)
	 * @see org.phaen.model.PhaenPackage#getScheduledReport_Period()
	 * @model
	 * @generated
	 */
	ReportingPeriod getPeriod();

	/**
	 * Sets the value of the '{@link org.phaen.model.ScheduledReport#getPeriod <em>Period</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' reference.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(ReportingPeriod value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getScheduledReport_DueDate()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.ScheduledReport#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Organization)
	 * @see org.phaen.model.PhaenPackage#getScheduledReport_Responsible()
	 * @model
	 * @generated
	 */
	Organization getResponsible();

	/**
	 * Sets the value of the '{@link org.phaen.model.ScheduledReport#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Organization value);

	/**
	 * Returns the value of the '<em><b>Recipients</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipients</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getScheduledReport_Recipients()
	 * @model
	 * @generated
	 */
	EList<Organization> getRecipients();

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument</em>' reference.
	 * @see #setInstrument(EvaluationInstrument)
	 * @see org.phaen.model.PhaenPackage#getScheduledReport_Instrument()
	 * @model
	 * @generated
	 */
	EvaluationInstrument getInstrument();

	/**
	 * Sets the value of the '{@link org.phaen.model.ScheduledReport#getInstrument <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(EvaluationInstrument value);

} // ScheduledReport
