/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.phaen.model.Organization;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getOwnerAgency <em>Owner Agency</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getDocumentReference <em>Document Reference</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getBudgetTotal <em>Budget Total</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class PlanDocumentImpl extends PlanElementImpl implements PlanDocument {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final PlanLevel LEVEL_EDEFAULT = PlanLevel.NATIONAL_STRATEGY;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected PlanLevel level = LEVEL_EDEFAULT;

	/**
	 * This is true if the Level attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean levelESet;

	/**
	 * The cached value of the '{@link #getOwnerAgency() <em>Owner Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerAgency()
	 * @generated
	 * @ordered
	 */
	protected Organization ownerAgency;

	/**
	 * The default value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPROVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate approvedOn = APPROVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentReference() <em>Document Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentReference()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentReference() <em>Document Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentReference()
	 * @generated
	 * @ordered
	 */
	protected String documentReference = DOCUMENT_REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetTotal() <em>Budget Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetTotal()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_TOTAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetTotal() <em>Budget Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetTotal()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetTotal = BUDGET_TOTAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.PLAN_DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(PlanLevel newLevel) {
		PlanLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		boolean oldLevelESet = levelESet;
		levelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_DOCUMENT__LEVEL, oldLevel, level, !oldLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLevel() {
		PlanLevel oldLevel = level;
		boolean oldLevelESet = levelESet;
		level = LEVEL_EDEFAULT;
		levelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.PLAN_DOCUMENT__LEVEL, oldLevel, LEVEL_EDEFAULT, oldLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLevel() {
		return levelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOwnerAgency() {
		if (ownerAgency != null && ownerAgency.eIsProxy()) {
			InternalEObject oldOwnerAgency = (InternalEObject)ownerAgency;
			ownerAgency = (Organization)eResolveProxy(oldOwnerAgency);
			if (ownerAgency != oldOwnerAgency) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.PLAN_DOCUMENT__OWNER_AGENCY, oldOwnerAgency, ownerAgency));
			}
		}
		return ownerAgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetOwnerAgency() {
		return ownerAgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerAgency(Organization newOwnerAgency) {
		Organization oldOwnerAgency = ownerAgency;
		ownerAgency = newOwnerAgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_DOCUMENT__OWNER_AGENCY, oldOwnerAgency, ownerAgency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedOn(LocalDate newApprovedOn) {
		LocalDate oldApprovedOn = approvedOn;
		approvedOn = newApprovedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_DOCUMENT__APPROVED_ON, oldApprovedOn, approvedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentReference() {
		return documentReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentReference(String newDocumentReference) {
		String oldDocumentReference = documentReference;
		documentReference = newDocumentReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_DOCUMENT__DOCUMENT_REFERENCE, oldDocumentReference, documentReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetTotal() {
		return budgetTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetTotal(BigDecimal newBudgetTotal) {
		BigDecimal oldBudgetTotal = budgetTotal;
		budgetTotal = newBudgetTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_DOCUMENT__BUDGET_TOTAL, oldBudgetTotal, budgetTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.PLAN_DOCUMENT__LEVEL:
				return getLevel();
			case PhaenPackage.PLAN_DOCUMENT__OWNER_AGENCY:
				if (resolve) return getOwnerAgency();
				return basicGetOwnerAgency();
			case PhaenPackage.PLAN_DOCUMENT__APPROVED_ON:
				return getApprovedOn();
			case PhaenPackage.PLAN_DOCUMENT__DOCUMENT_REFERENCE:
				return getDocumentReference();
			case PhaenPackage.PLAN_DOCUMENT__BUDGET_TOTAL:
				return getBudgetTotal();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PhaenPackage.PLAN_DOCUMENT__LEVEL:
				setLevel((PlanLevel)newValue);
				return;
			case PhaenPackage.PLAN_DOCUMENT__OWNER_AGENCY:
				setOwnerAgency((Organization)newValue);
				return;
			case PhaenPackage.PLAN_DOCUMENT__APPROVED_ON:
				setApprovedOn((LocalDate)newValue);
				return;
			case PhaenPackage.PLAN_DOCUMENT__DOCUMENT_REFERENCE:
				setDocumentReference((String)newValue);
				return;
			case PhaenPackage.PLAN_DOCUMENT__BUDGET_TOTAL:
				setBudgetTotal((BigDecimal)newValue);
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
			case PhaenPackage.PLAN_DOCUMENT__LEVEL:
				unsetLevel();
				return;
			case PhaenPackage.PLAN_DOCUMENT__OWNER_AGENCY:
				setOwnerAgency((Organization)null);
				return;
			case PhaenPackage.PLAN_DOCUMENT__APPROVED_ON:
				setApprovedOn(APPROVED_ON_EDEFAULT);
				return;
			case PhaenPackage.PLAN_DOCUMENT__DOCUMENT_REFERENCE:
				setDocumentReference(DOCUMENT_REFERENCE_EDEFAULT);
				return;
			case PhaenPackage.PLAN_DOCUMENT__BUDGET_TOTAL:
				setBudgetTotal(BUDGET_TOTAL_EDEFAULT);
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
			case PhaenPackage.PLAN_DOCUMENT__LEVEL:
				return isSetLevel();
			case PhaenPackage.PLAN_DOCUMENT__OWNER_AGENCY:
				return ownerAgency != null;
			case PhaenPackage.PLAN_DOCUMENT__APPROVED_ON:
				return APPROVED_ON_EDEFAULT == null ? approvedOn != null : !APPROVED_ON_EDEFAULT.equals(approvedOn);
			case PhaenPackage.PLAN_DOCUMENT__DOCUMENT_REFERENCE:
				return DOCUMENT_REFERENCE_EDEFAULT == null ? documentReference != null : !DOCUMENT_REFERENCE_EDEFAULT.equals(documentReference);
			case PhaenPackage.PLAN_DOCUMENT__BUDGET_TOTAL:
				return BUDGET_TOTAL_EDEFAULT == null ? budgetTotal != null : !BUDGET_TOTAL_EDEFAULT.equals(budgetTotal);
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
		result.append(" (level: ");
		if (levelESet) result.append(level); else result.append("<unset>");
		result.append(", approvedOn: ");
		result.append(approvedOn);
		result.append(", documentReference: ");
		result.append(documentReference);
		result.append(", budgetTotal: ");
		result.append(budgetTotal);
		result.append(')');
		return result.toString();
	}

} //PlanDocumentImpl
