/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.time.LocalDate;

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

import org.phaen.model.Committee;
import org.phaen.model.CommitteeKind;
import org.phaen.model.Membership;
import org.phaen.model.Organization;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Committee</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.CommitteeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.impl.CommitteeImpl#getOrderNumber <em>Order Number</em>}</li>
 *   <li>{@link org.phaen.model.impl.CommitteeImpl#getOrderDate <em>Order Date</em>}</li>
 *   <li>{@link org.phaen.model.impl.CommitteeImpl#getAppointedBy <em>Appointed By</em>}</li>
 *   <li>{@link org.phaen.model.impl.CommitteeImpl#getMandate <em>Mandate</em>}</li>
 *   <li>{@link org.phaen.model.impl.CommitteeImpl#getResponsibleFor <em>Responsible For</em>}</li>
 *   <li>{@link org.phaen.model.impl.CommitteeImpl#getMemberships <em>Memberships</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitteeImpl extends NamedImpl implements Committee {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CommitteeKind KIND_EDEFAULT = CommitteeKind.COMMITTEE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CommitteeKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #getOrderNumber() <em>Order Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String ORDER_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrderNumber() <em>Order Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderNumber()
	 * @generated
	 * @ordered
	 */
	protected String orderNumber = ORDER_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrderDate() <em>Order Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ORDER_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrderDate() <em>Order Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate orderDate = ORDER_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAppointedBy() <em>Appointed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppointedBy()
	 * @generated
	 * @ordered
	 */
	protected Organization appointedBy;

	/**
	 * The default value of the '{@link #getMandate() <em>Mandate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandate()
	 * @generated
	 * @ordered
	 */
	protected static final String MANDATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMandate() <em>Mandate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandate()
	 * @generated
	 * @ordered
	 */
	protected String mandate = MANDATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsibleFor() <em>Responsible For</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleFor()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanElement> responsibleFor;

	/**
	 * The cached value of the '{@link #getMemberships() <em>Memberships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberships()
	 * @generated
	 * @ordered
	 */
	protected EList<Membership> memberships;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitteeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.COMMITTEE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitteeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CommitteeKind newKind) {
		CommitteeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.COMMITTEE__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		CommitteeKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.COMMITTEE__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
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
	public String getOrderNumber() {
		return orderNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrderNumber(String newOrderNumber) {
		String oldOrderNumber = orderNumber;
		orderNumber = newOrderNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.COMMITTEE__ORDER_NUMBER, oldOrderNumber, orderNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOrderDate() {
		return orderDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrderDate(LocalDate newOrderDate) {
		LocalDate oldOrderDate = orderDate;
		orderDate = newOrderDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.COMMITTEE__ORDER_DATE, oldOrderDate, orderDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getAppointedBy() {
		if (appointedBy != null && appointedBy.eIsProxy()) {
			InternalEObject oldAppointedBy = (InternalEObject)appointedBy;
			appointedBy = (Organization)eResolveProxy(oldAppointedBy);
			if (appointedBy != oldAppointedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.COMMITTEE__APPOINTED_BY, oldAppointedBy, appointedBy));
			}
		}
		return appointedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetAppointedBy() {
		return appointedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppointedBy(Organization newAppointedBy) {
		Organization oldAppointedBy = appointedBy;
		appointedBy = newAppointedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.COMMITTEE__APPOINTED_BY, oldAppointedBy, appointedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMandate() {
		return mandate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandate(String newMandate) {
		String oldMandate = mandate;
		mandate = newMandate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.COMMITTEE__MANDATE, oldMandate, mandate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanElement> getResponsibleFor() {
		if (responsibleFor == null) {
			responsibleFor = new EObjectResolvingEList<PlanElement>(PlanElement.class, this, PhaenPackage.COMMITTEE__RESPONSIBLE_FOR);
		}
		return responsibleFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Membership> getMemberships() {
		if (memberships == null) {
			memberships = new EObjectContainmentEList<Membership>(Membership.class, this, PhaenPackage.COMMITTEE__MEMBERSHIPS);
		}
		return memberships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.COMMITTEE__MEMBERSHIPS:
				return ((InternalEList<?>)getMemberships()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.COMMITTEE__KIND:
				return getKind();
			case PhaenPackage.COMMITTEE__ORDER_NUMBER:
				return getOrderNumber();
			case PhaenPackage.COMMITTEE__ORDER_DATE:
				return getOrderDate();
			case PhaenPackage.COMMITTEE__APPOINTED_BY:
				if (resolve) return getAppointedBy();
				return basicGetAppointedBy();
			case PhaenPackage.COMMITTEE__MANDATE:
				return getMandate();
			case PhaenPackage.COMMITTEE__RESPONSIBLE_FOR:
				return getResponsibleFor();
			case PhaenPackage.COMMITTEE__MEMBERSHIPS:
				return getMemberships();
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
			case PhaenPackage.COMMITTEE__KIND:
				setKind((CommitteeKind)newValue);
				return;
			case PhaenPackage.COMMITTEE__ORDER_NUMBER:
				setOrderNumber((String)newValue);
				return;
			case PhaenPackage.COMMITTEE__ORDER_DATE:
				setOrderDate((LocalDate)newValue);
				return;
			case PhaenPackage.COMMITTEE__APPOINTED_BY:
				setAppointedBy((Organization)newValue);
				return;
			case PhaenPackage.COMMITTEE__MANDATE:
				setMandate((String)newValue);
				return;
			case PhaenPackage.COMMITTEE__RESPONSIBLE_FOR:
				getResponsibleFor().clear();
				getResponsibleFor().addAll((Collection<? extends PlanElement>)newValue);
				return;
			case PhaenPackage.COMMITTEE__MEMBERSHIPS:
				getMemberships().clear();
				getMemberships().addAll((Collection<? extends Membership>)newValue);
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
			case PhaenPackage.COMMITTEE__KIND:
				unsetKind();
				return;
			case PhaenPackage.COMMITTEE__ORDER_NUMBER:
				setOrderNumber(ORDER_NUMBER_EDEFAULT);
				return;
			case PhaenPackage.COMMITTEE__ORDER_DATE:
				setOrderDate(ORDER_DATE_EDEFAULT);
				return;
			case PhaenPackage.COMMITTEE__APPOINTED_BY:
				setAppointedBy((Organization)null);
				return;
			case PhaenPackage.COMMITTEE__MANDATE:
				setMandate(MANDATE_EDEFAULT);
				return;
			case PhaenPackage.COMMITTEE__RESPONSIBLE_FOR:
				getResponsibleFor().clear();
				return;
			case PhaenPackage.COMMITTEE__MEMBERSHIPS:
				getMemberships().clear();
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
			case PhaenPackage.COMMITTEE__KIND:
				return isSetKind();
			case PhaenPackage.COMMITTEE__ORDER_NUMBER:
				return ORDER_NUMBER_EDEFAULT == null ? orderNumber != null : !ORDER_NUMBER_EDEFAULT.equals(orderNumber);
			case PhaenPackage.COMMITTEE__ORDER_DATE:
				return ORDER_DATE_EDEFAULT == null ? orderDate != null : !ORDER_DATE_EDEFAULT.equals(orderDate);
			case PhaenPackage.COMMITTEE__APPOINTED_BY:
				return appointedBy != null;
			case PhaenPackage.COMMITTEE__MANDATE:
				return MANDATE_EDEFAULT == null ? mandate != null : !MANDATE_EDEFAULT.equals(mandate);
			case PhaenPackage.COMMITTEE__RESPONSIBLE_FOR:
				return responsibleFor != null && !responsibleFor.isEmpty();
			case PhaenPackage.COMMITTEE__MEMBERSHIPS:
				return memberships != null && !memberships.isEmpty();
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
		result.append(", orderNumber: ");
		result.append(orderNumber);
		result.append(", orderDate: ");
		result.append(orderDate);
		result.append(", mandate: ");
		result.append(mandate);
		result.append(')');
		return result.toString();
	}

} //CommitteeImpl
