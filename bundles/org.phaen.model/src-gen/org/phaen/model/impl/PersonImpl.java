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

import org.phaen.model.Consent;
import org.phaen.model.Organization;
import org.phaen.model.Person;
import org.phaen.model.PersonRole;
import org.phaen.model.PhaenPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.PersonImpl#getHonorific <em>Honorific</em>}</li>
 *   <li>{@link org.phaen.model.impl.PersonImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.phaen.model.impl.PersonImpl#getAffiliation <em>Affiliation</em>}</li>
 *   <li>{@link org.phaen.model.impl.PersonImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.phaen.model.impl.PersonImpl#getExpertise <em>Expertise</em>}</li>
 *   <li>{@link org.phaen.model.impl.PersonImpl#getConsents <em>Consents</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends PartyImpl implements Person {
	/**
	 * The default value of the '{@link #getHonorific() <em>Honorific</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHonorific()
	 * @generated
	 * @ordered
	 */
	protected static final String HONORIFIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHonorific() <em>Honorific</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHonorific()
	 * @generated
	 * @ordered
	 */
	protected String honorific = HONORIFIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final PersonRole ROLE_EDEFAULT = PersonRole.OFFICER;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected PersonRole role = ROLE_EDEFAULT;

	/**
	 * This is true if the Role attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean roleESet;

	/**
	 * The cached value of the '{@link #getAffiliation() <em>Affiliation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffiliation()
	 * @generated
	 * @ordered
	 */
	protected Organization affiliation;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected String position = POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpertise() <em>Expertise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpertise()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERTISE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpertise() <em>Expertise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpertise()
	 * @generated
	 * @ordered
	 */
	protected String expertise = EXPERTISE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConsents() <em>Consents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsents()
	 * @generated
	 * @ordered
	 */
	protected EList<Consent> consents;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHonorific() {
		return honorific;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHonorific(String newHonorific) {
		String oldHonorific = honorific;
		honorific = newHonorific;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PERSON__HONORIFIC, oldHonorific, honorific));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PersonRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(PersonRole newRole) {
		PersonRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		boolean oldRoleESet = roleESet;
		roleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PERSON__ROLE, oldRole, role, !oldRoleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRole() {
		PersonRole oldRole = role;
		boolean oldRoleESet = roleESet;
		role = ROLE_EDEFAULT;
		roleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.PERSON__ROLE, oldRole, ROLE_EDEFAULT, oldRoleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRole() {
		return roleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getAffiliation() {
		if (affiliation != null && affiliation.eIsProxy()) {
			InternalEObject oldAffiliation = (InternalEObject)affiliation;
			affiliation = (Organization)eResolveProxy(oldAffiliation);
			if (affiliation != oldAffiliation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.PERSON__AFFILIATION, oldAffiliation, affiliation));
			}
		}
		return affiliation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetAffiliation() {
		return affiliation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAffiliation(Organization newAffiliation) {
		Organization oldAffiliation = affiliation;
		affiliation = newAffiliation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PERSON__AFFILIATION, oldAffiliation, affiliation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(String newPosition) {
		String oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PERSON__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpertise() {
		return expertise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpertise(String newExpertise) {
		String oldExpertise = expertise;
		expertise = newExpertise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PERSON__EXPERTISE, oldExpertise, expertise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Consent> getConsents() {
		if (consents == null) {
			consents = new EObjectContainmentEList<Consent>(Consent.class, this, PhaenPackage.PERSON__CONSENTS);
		}
		return consents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.PERSON__CONSENTS:
				return ((InternalEList<?>)getConsents()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.PERSON__HONORIFIC:
				return getHonorific();
			case PhaenPackage.PERSON__ROLE:
				return getRole();
			case PhaenPackage.PERSON__AFFILIATION:
				if (resolve) return getAffiliation();
				return basicGetAffiliation();
			case PhaenPackage.PERSON__POSITION:
				return getPosition();
			case PhaenPackage.PERSON__EXPERTISE:
				return getExpertise();
			case PhaenPackage.PERSON__CONSENTS:
				return getConsents();
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
			case PhaenPackage.PERSON__HONORIFIC:
				setHonorific((String)newValue);
				return;
			case PhaenPackage.PERSON__ROLE:
				setRole((PersonRole)newValue);
				return;
			case PhaenPackage.PERSON__AFFILIATION:
				setAffiliation((Organization)newValue);
				return;
			case PhaenPackage.PERSON__POSITION:
				setPosition((String)newValue);
				return;
			case PhaenPackage.PERSON__EXPERTISE:
				setExpertise((String)newValue);
				return;
			case PhaenPackage.PERSON__CONSENTS:
				getConsents().clear();
				getConsents().addAll((Collection<? extends Consent>)newValue);
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
			case PhaenPackage.PERSON__HONORIFIC:
				setHonorific(HONORIFIC_EDEFAULT);
				return;
			case PhaenPackage.PERSON__ROLE:
				unsetRole();
				return;
			case PhaenPackage.PERSON__AFFILIATION:
				setAffiliation((Organization)null);
				return;
			case PhaenPackage.PERSON__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case PhaenPackage.PERSON__EXPERTISE:
				setExpertise(EXPERTISE_EDEFAULT);
				return;
			case PhaenPackage.PERSON__CONSENTS:
				getConsents().clear();
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
			case PhaenPackage.PERSON__HONORIFIC:
				return HONORIFIC_EDEFAULT == null ? honorific != null : !HONORIFIC_EDEFAULT.equals(honorific);
			case PhaenPackage.PERSON__ROLE:
				return isSetRole();
			case PhaenPackage.PERSON__AFFILIATION:
				return affiliation != null;
			case PhaenPackage.PERSON__POSITION:
				return POSITION_EDEFAULT == null ? position != null : !POSITION_EDEFAULT.equals(position);
			case PhaenPackage.PERSON__EXPERTISE:
				return EXPERTISE_EDEFAULT == null ? expertise != null : !EXPERTISE_EDEFAULT.equals(expertise);
			case PhaenPackage.PERSON__CONSENTS:
				return consents != null && !consents.isEmpty();
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
		result.append(" (honorific: ");
		result.append(honorific);
		result.append(", role: ");
		if (roleESet) result.append(role); else result.append("<unset>");
		result.append(", position: ");
		result.append(position);
		result.append(", expertise: ");
		result.append(expertise);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
