/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Organization;
import org.phaen.model.PhaenPackage;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.ScheduledReport;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scheduled Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.ScheduledReportImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.phaen.model.impl.ScheduledReportImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.phaen.model.impl.ScheduledReportImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.phaen.model.impl.ScheduledReportImpl#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.phaen.model.impl.ScheduledReportImpl#getInstrument <em>Instrument</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduledReportImpl extends NamedImpl implements ScheduledReport {
	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected ReportingPeriod period;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsible() <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected Organization responsible;

	/**
	 * The cached value of the '{@link #getRecipients() <em>Recipients</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipients()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> recipients;

	/**
	 * The cached value of the '{@link #getInstrument() <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrument()
	 * @generated
	 * @ordered
	 */
	protected EvaluationInstrument instrument;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduledReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.SCHEDULED_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingPeriod getPeriod() {
		if (period != null && period.eIsProxy()) {
			InternalEObject oldPeriod = (InternalEObject)period;
			period = (ReportingPeriod)eResolveProxy(oldPeriod);
			if (period != oldPeriod) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.SCHEDULED_REPORT__PERIOD, oldPeriod, period));
			}
		}
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportingPeriod basicGetPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(ReportingPeriod newPeriod) {
		ReportingPeriod oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SCHEDULED_REPORT__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SCHEDULED_REPORT__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getResponsible() {
		if (responsible != null && responsible.eIsProxy()) {
			InternalEObject oldResponsible = (InternalEObject)responsible;
			responsible = (Organization)eResolveProxy(oldResponsible);
			if (responsible != oldResponsible) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.SCHEDULED_REPORT__RESPONSIBLE, oldResponsible, responsible));
			}
		}
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetResponsible() {
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsible(Organization newResponsible) {
		Organization oldResponsible = responsible;
		responsible = newResponsible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SCHEDULED_REPORT__RESPONSIBLE, oldResponsible, responsible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getRecipients() {
		if (recipients == null) {
			recipients = new EObjectResolvingEList<Organization>(Organization.class, this, PhaenPackage.SCHEDULED_REPORT__RECIPIENTS);
		}
		return recipients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationInstrument getInstrument() {
		if (instrument != null && instrument.eIsProxy()) {
			InternalEObject oldInstrument = (InternalEObject)instrument;
			instrument = (EvaluationInstrument)eResolveProxy(oldInstrument);
			if (instrument != oldInstrument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.SCHEDULED_REPORT__INSTRUMENT, oldInstrument, instrument));
			}
		}
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationInstrument basicGetInstrument() {
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(EvaluationInstrument newInstrument) {
		EvaluationInstrument oldInstrument = instrument;
		instrument = newInstrument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SCHEDULED_REPORT__INSTRUMENT, oldInstrument, instrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.SCHEDULED_REPORT__PERIOD:
				if (resolve) return getPeriod();
				return basicGetPeriod();
			case PhaenPackage.SCHEDULED_REPORT__DUE_DATE:
				return getDueDate();
			case PhaenPackage.SCHEDULED_REPORT__RESPONSIBLE:
				if (resolve) return getResponsible();
				return basicGetResponsible();
			case PhaenPackage.SCHEDULED_REPORT__RECIPIENTS:
				return getRecipients();
			case PhaenPackage.SCHEDULED_REPORT__INSTRUMENT:
				if (resolve) return getInstrument();
				return basicGetInstrument();
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
			case PhaenPackage.SCHEDULED_REPORT__PERIOD:
				setPeriod((ReportingPeriod)newValue);
				return;
			case PhaenPackage.SCHEDULED_REPORT__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case PhaenPackage.SCHEDULED_REPORT__RESPONSIBLE:
				setResponsible((Organization)newValue);
				return;
			case PhaenPackage.SCHEDULED_REPORT__RECIPIENTS:
				getRecipients().clear();
				getRecipients().addAll((Collection<? extends Organization>)newValue);
				return;
			case PhaenPackage.SCHEDULED_REPORT__INSTRUMENT:
				setInstrument((EvaluationInstrument)newValue);
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
			case PhaenPackage.SCHEDULED_REPORT__PERIOD:
				setPeriod((ReportingPeriod)null);
				return;
			case PhaenPackage.SCHEDULED_REPORT__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case PhaenPackage.SCHEDULED_REPORT__RESPONSIBLE:
				setResponsible((Organization)null);
				return;
			case PhaenPackage.SCHEDULED_REPORT__RECIPIENTS:
				getRecipients().clear();
				return;
			case PhaenPackage.SCHEDULED_REPORT__INSTRUMENT:
				setInstrument((EvaluationInstrument)null);
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
			case PhaenPackage.SCHEDULED_REPORT__PERIOD:
				return period != null;
			case PhaenPackage.SCHEDULED_REPORT__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case PhaenPackage.SCHEDULED_REPORT__RESPONSIBLE:
				return responsible != null;
			case PhaenPackage.SCHEDULED_REPORT__RECIPIENTS:
				return recipients != null && !recipients.isEmpty();
			case PhaenPackage.SCHEDULED_REPORT__INSTRUMENT:
				return instrument != null;
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
		result.append(" (dueDate: ");
		result.append(dueDate);
		result.append(')');
		return result.toString();
	}

} //ScheduledReportImpl
