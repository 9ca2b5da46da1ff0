/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.phaen.model.Consent;
import org.phaen.model.ContactDetail;
import org.phaen.model.PhaenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.ConsentImpl#getGivenOn <em>Given On</em>}</li>
 *   <li>{@link org.phaen.model.impl.ConsentImpl#getWithdrawnOn <em>Withdrawn On</em>}</li>
 *   <li>{@link org.phaen.model.impl.ConsentImpl#isCoversName <em>Covers Name</em>}</li>
 *   <li>{@link org.phaen.model.impl.ConsentImpl#getCoversContacts <em>Covers Contacts</em>}</li>
 *   <li>{@link org.phaen.model.impl.ConsentImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsentImpl extends IdentifiedImpl implements Consent {
	/**
	 * The default value of the '{@link #getGivenOn() <em>Given On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate GIVEN_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenOn() <em>Given On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate givenOn = GIVEN_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getWithdrawnOn() <em>Withdrawn On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawnOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate WITHDRAWN_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWithdrawnOn() <em>Withdrawn On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawnOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate withdrawnOn = WITHDRAWN_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isCoversName() <em>Covers Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCoversName()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COVERS_NAME_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCoversName() <em>Covers Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCoversName()
	 * @generated
	 * @ordered
	 */
	protected boolean coversName = COVERS_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCoversContacts() <em>Covers Contacts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoversContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactDetail> coversContacts;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.CONSENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getGivenOn() {
		return givenOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenOn(LocalDate newGivenOn) {
		LocalDate oldGivenOn = givenOn;
		givenOn = newGivenOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.CONSENT__GIVEN_ON, oldGivenOn, givenOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getWithdrawnOn() {
		return withdrawnOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithdrawnOn(LocalDate newWithdrawnOn) {
		LocalDate oldWithdrawnOn = withdrawnOn;
		withdrawnOn = newWithdrawnOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.CONSENT__WITHDRAWN_ON, oldWithdrawnOn, withdrawnOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCoversName() {
		return coversName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoversName(boolean newCoversName) {
		boolean oldCoversName = coversName;
		coversName = newCoversName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.CONSENT__COVERS_NAME, oldCoversName, coversName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactDetail> getCoversContacts() {
		if (coversContacts == null) {
			coversContacts = new EObjectResolvingEList<ContactDetail>(ContactDetail.class, this, PhaenPackage.CONSENT__COVERS_CONTACTS);
		}
		return coversContacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.CONSENT__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.CONSENT__GIVEN_ON:
				return getGivenOn();
			case PhaenPackage.CONSENT__WITHDRAWN_ON:
				return getWithdrawnOn();
			case PhaenPackage.CONSENT__COVERS_NAME:
				return isCoversName();
			case PhaenPackage.CONSENT__COVERS_CONTACTS:
				return getCoversContacts();
			case PhaenPackage.CONSENT__EVIDENCE:
				return getEvidence();
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
			case PhaenPackage.CONSENT__GIVEN_ON:
				setGivenOn((LocalDate)newValue);
				return;
			case PhaenPackage.CONSENT__WITHDRAWN_ON:
				setWithdrawnOn((LocalDate)newValue);
				return;
			case PhaenPackage.CONSENT__COVERS_NAME:
				setCoversName((Boolean)newValue);
				return;
			case PhaenPackage.CONSENT__COVERS_CONTACTS:
				getCoversContacts().clear();
				getCoversContacts().addAll((Collection<? extends ContactDetail>)newValue);
				return;
			case PhaenPackage.CONSENT__EVIDENCE:
				setEvidence((String)newValue);
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
			case PhaenPackage.CONSENT__GIVEN_ON:
				setGivenOn(GIVEN_ON_EDEFAULT);
				return;
			case PhaenPackage.CONSENT__WITHDRAWN_ON:
				setWithdrawnOn(WITHDRAWN_ON_EDEFAULT);
				return;
			case PhaenPackage.CONSENT__COVERS_NAME:
				setCoversName(COVERS_NAME_EDEFAULT);
				return;
			case PhaenPackage.CONSENT__COVERS_CONTACTS:
				getCoversContacts().clear();
				return;
			case PhaenPackage.CONSENT__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
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
			case PhaenPackage.CONSENT__GIVEN_ON:
				return GIVEN_ON_EDEFAULT == null ? givenOn != null : !GIVEN_ON_EDEFAULT.equals(givenOn);
			case PhaenPackage.CONSENT__WITHDRAWN_ON:
				return WITHDRAWN_ON_EDEFAULT == null ? withdrawnOn != null : !WITHDRAWN_ON_EDEFAULT.equals(withdrawnOn);
			case PhaenPackage.CONSENT__COVERS_NAME:
				return coversName != COVERS_NAME_EDEFAULT;
			case PhaenPackage.CONSENT__COVERS_CONTACTS:
				return coversContacts != null && !coversContacts.isEmpty();
			case PhaenPackage.CONSENT__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
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
		result.append(" (givenOn: ");
		result.append(givenOn);
		result.append(", withdrawnOn: ");
		result.append(withdrawnOn);
		result.append(", coversName: ");
		result.append(coversName);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(')');
		return result.toString();
	}

} //ConsentImpl
