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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.phaen.model.DriveActivity;
import org.phaen.model.DriveActivityKind;
import org.phaen.model.Organization;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Drive Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.DriveActivityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.impl.DriveActivityImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.phaen.model.impl.DriveActivityImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.phaen.model.impl.DriveActivityImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.phaen.model.impl.DriveActivityImpl#getOrganizer <em>Organizer</em>}</li>
 *   <li>{@link org.phaen.model.impl.DriveActivityImpl#getRelatedElements <em>Related Elements</em>}</li>
 *   <li>{@link org.phaen.model.impl.DriveActivityImpl#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DriveActivityImpl extends NamedImpl implements DriveActivity {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DriveActivityKind KIND_EDEFAULT = DriveActivityKind.COMMUNICATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DriveActivityKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected static final String AUDIENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected String audience = AUDIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected String channel = CHANNEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganizer() <em>Organizer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizer()
	 * @generated
	 * @ordered
	 */
	protected Organization organizer;

	/**
	 * The cached value of the '{@link #getRelatedElements() <em>Related Elements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedElements()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanElement> relatedElements;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> decisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DriveActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.DRIVE_ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriveActivityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DriveActivityKind newKind) {
		DriveActivityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.DRIVE_ACTIVITY__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		DriveActivityKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.DRIVE_ACTIVITY__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind() {
		return kindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.DRIVE_ACTIVITY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAudience() {
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudience(String newAudience) {
		String oldAudience = audience;
		audience = newAudience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.DRIVE_ACTIVITY__AUDIENCE, oldAudience, audience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(String newChannel) {
		String oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.DRIVE_ACTIVITY__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOrganizer() {
		if (organizer != null && organizer.eIsProxy()) {
			InternalEObject oldOrganizer = (InternalEObject)organizer;
			organizer = (Organization)eResolveProxy(oldOrganizer);
			if (organizer != oldOrganizer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.DRIVE_ACTIVITY__ORGANIZER, oldOrganizer, organizer));
			}
		}
		return organizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetOrganizer() {
		return organizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganizer(Organization newOrganizer) {
		Organization oldOrganizer = organizer;
		organizer = newOrganizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.DRIVE_ACTIVITY__ORGANIZER, oldOrganizer, organizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanElement> getRelatedElements() {
		if (relatedElements == null) {
			relatedElements = new EObjectResolvingEList<PlanElement>(PlanElement.class, this, PhaenPackage.DRIVE_ACTIVITY__RELATED_ELEMENTS);
		}
		return relatedElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDecisions() {
		if (decisions == null) {
			decisions = new EDataTypeUniqueEList<String>(String.class, this, PhaenPackage.DRIVE_ACTIVITY__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.DRIVE_ACTIVITY__KIND:
				return getKind();
			case PhaenPackage.DRIVE_ACTIVITY__DATE:
				return getDate();
			case PhaenPackage.DRIVE_ACTIVITY__AUDIENCE:
				return getAudience();
			case PhaenPackage.DRIVE_ACTIVITY__CHANNEL:
				return getChannel();
			case PhaenPackage.DRIVE_ACTIVITY__ORGANIZER:
				if (resolve) return getOrganizer();
				return basicGetOrganizer();
			case PhaenPackage.DRIVE_ACTIVITY__RELATED_ELEMENTS:
				return getRelatedElements();
			case PhaenPackage.DRIVE_ACTIVITY__DECISIONS:
				return getDecisions();
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
			case PhaenPackage.DRIVE_ACTIVITY__KIND:
				setKind((DriveActivityKind)newValue);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__DATE:
				setDate((LocalDate)newValue);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__AUDIENCE:
				setAudience((String)newValue);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__CHANNEL:
				setChannel((String)newValue);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__ORGANIZER:
				setOrganizer((Organization)newValue);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__RELATED_ELEMENTS:
				getRelatedElements().clear();
				getRelatedElements().addAll((Collection<? extends PlanElement>)newValue);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends String>)newValue);
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
			case PhaenPackage.DRIVE_ACTIVITY__KIND:
				unsetKind();
				return;
			case PhaenPackage.DRIVE_ACTIVITY__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__AUDIENCE:
				setAudience(AUDIENCE_EDEFAULT);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__ORGANIZER:
				setOrganizer((Organization)null);
				return;
			case PhaenPackage.DRIVE_ACTIVITY__RELATED_ELEMENTS:
				getRelatedElements().clear();
				return;
			case PhaenPackage.DRIVE_ACTIVITY__DECISIONS:
				getDecisions().clear();
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
			case PhaenPackage.DRIVE_ACTIVITY__KIND:
				return isSetKind();
			case PhaenPackage.DRIVE_ACTIVITY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PhaenPackage.DRIVE_ACTIVITY__AUDIENCE:
				return AUDIENCE_EDEFAULT == null ? audience != null : !AUDIENCE_EDEFAULT.equals(audience);
			case PhaenPackage.DRIVE_ACTIVITY__CHANNEL:
				return CHANNEL_EDEFAULT == null ? channel != null : !CHANNEL_EDEFAULT.equals(channel);
			case PhaenPackage.DRIVE_ACTIVITY__ORGANIZER:
				return organizer != null;
			case PhaenPackage.DRIVE_ACTIVITY__RELATED_ELEMENTS:
				return relatedElements != null && !relatedElements.isEmpty();
			case PhaenPackage.DRIVE_ACTIVITY__DECISIONS:
				return decisions != null && !decisions.isEmpty();
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
		result.append(" (kind: ");
		if (kindESet) result.append(kind); else result.append("<unset>");
		result.append(", date: ");
		result.append(date);
		result.append(", audience: ");
		result.append(audience);
		result.append(", channel: ");
		result.append(channel);
		result.append(", decisions: ");
		result.append(decisions);
		result.append(')');
		return result.toString();
	}

} //DriveActivityImpl
