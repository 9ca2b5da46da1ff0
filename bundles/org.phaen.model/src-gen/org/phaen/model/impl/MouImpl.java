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

import org.phaen.model.Mou;
import org.phaen.model.Party;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Project;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mou</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.MouImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link org.phaen.model.impl.MouImpl#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.phaen.model.impl.MouImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.phaen.model.impl.MouImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.phaen.model.impl.MouImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.phaen.model.impl.MouImpl#getProjects <em>Projects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MouImpl extends NamedImpl implements Mou {
	/**
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Party> parties;

	/**
	 * The default value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedOn = SIGNED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProjects() <em>Projects</em>}' reference list.
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
	protected MouImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.MOU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Party> getParties() {
		if (parties == null) {
			parties = new EObjectResolvingEList<Party>(Party.class, this, PhaenPackage.MOU__PARTIES);
		}
		return parties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedOn() {
		return signedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOn(LocalDate newSignedOn) {
		LocalDate oldSignedOn = signedOn;
		signedOn = newSignedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.MOU__SIGNED_ON, oldSignedOn, signedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.MOU__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.MOU__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.MOU__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Project> getProjects() {
		if (projects == null) {
			projects = new EObjectResolvingEList<Project>(Project.class, this, PhaenPackage.MOU__PROJECTS);
		}
		return projects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.MOU__PARTIES:
				return getParties();
			case PhaenPackage.MOU__SIGNED_ON:
				return getSignedOn();
			case PhaenPackage.MOU__START_DATE:
				return getStartDate();
			case PhaenPackage.MOU__END_DATE:
				return getEndDate();
			case PhaenPackage.MOU__SCOPE:
				return getScope();
			case PhaenPackage.MOU__PROJECTS:
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
			case PhaenPackage.MOU__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends Party>)newValue);
				return;
			case PhaenPackage.MOU__SIGNED_ON:
				setSignedOn((LocalDate)newValue);
				return;
			case PhaenPackage.MOU__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case PhaenPackage.MOU__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case PhaenPackage.MOU__SCOPE:
				setScope((String)newValue);
				return;
			case PhaenPackage.MOU__PROJECTS:
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
			case PhaenPackage.MOU__PARTIES:
				getParties().clear();
				return;
			case PhaenPackage.MOU__SIGNED_ON:
				setSignedOn(SIGNED_ON_EDEFAULT);
				return;
			case PhaenPackage.MOU__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case PhaenPackage.MOU__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case PhaenPackage.MOU__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case PhaenPackage.MOU__PROJECTS:
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
			case PhaenPackage.MOU__PARTIES:
				return parties != null && !parties.isEmpty();
			case PhaenPackage.MOU__SIGNED_ON:
				return SIGNED_ON_EDEFAULT == null ? signedOn != null : !SIGNED_ON_EDEFAULT.equals(signedOn);
			case PhaenPackage.MOU__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case PhaenPackage.MOU__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case PhaenPackage.MOU__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case PhaenPackage.MOU__PROJECTS:
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
		result.append(" (signedOn: ");
		result.append(signedOn);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", scope: ");
		result.append(scope);
		result.append(')');
		return result.toString();
	}

} //MouImpl
