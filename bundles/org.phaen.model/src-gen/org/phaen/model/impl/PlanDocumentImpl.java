/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.Committee;
import org.phaen.model.NarrativeSection;
import org.phaen.model.Organization;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanRevision;
import org.phaen.model.PlanStatus;

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
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getApprovalStatus <em>Approval Status</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getApprovalReference <em>Approval Reference</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getRevisions <em>Revisions</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanDocumentImpl#getNarrative <em>Narrative</em>}</li>
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
	 * The default value of the '{@link #getApprovalStatus() <em>Approval Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PlanStatus APPROVAL_STATUS_EDEFAULT = PlanStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getApprovalStatus() <em>Approval Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalStatus()
	 * @generated
	 * @ordered
	 */
	protected PlanStatus approvalStatus = APPROVAL_STATUS_EDEFAULT;

	/**
	 * This is true if the Approval Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean approvalStatusESet;

	/**
	 * The cached value of the '{@link #getApprovedBy() <em>Approved By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected Committee approvedBy;

	/**
	 * The default value of the '{@link #getApprovalReference() <em>Approval Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalReference()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVAL_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovalReference() <em>Approval Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalReference()
	 * @generated
	 * @ordered
	 */
	protected String approvalReference = APPROVAL_REFERENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRevisions() <em>Revisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisions()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanRevision> revisions;

	/**
	 * The cached value of the '{@link #getNarrative() <em>Narrative</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrative()
	 * @generated
	 * @ordered
	 */
	protected EList<NarrativeSection> narrative;

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
	public PlanStatus getApprovalStatus() {
		return approvalStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovalStatus(PlanStatus newApprovalStatus) {
		PlanStatus oldApprovalStatus = approvalStatus;
		approvalStatus = newApprovalStatus == null ? APPROVAL_STATUS_EDEFAULT : newApprovalStatus;
		boolean oldApprovalStatusESet = approvalStatusESet;
		approvalStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_DOCUMENT__APPROVAL_STATUS, oldApprovalStatus, approvalStatus, !oldApprovalStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetApprovalStatus() {
		PlanStatus oldApprovalStatus = approvalStatus;
		boolean oldApprovalStatusESet = approvalStatusESet;
		approvalStatus = APPROVAL_STATUS_EDEFAULT;
		approvalStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.PLAN_DOCUMENT__APPROVAL_STATUS, oldApprovalStatus, APPROVAL_STATUS_EDEFAULT, oldApprovalStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetApprovalStatus() {
		return approvalStatusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Committee getApprovedBy() {
		if (approvedBy != null && approvedBy.eIsProxy()) {
			InternalEObject oldApprovedBy = (InternalEObject)approvedBy;
			approvedBy = (Committee)eResolveProxy(oldApprovedBy);
			if (approvedBy != oldApprovedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.PLAN_DOCUMENT__APPROVED_BY, oldApprovedBy, approvedBy));
			}
		}
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Committee basicGetApprovedBy() {
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedBy(Committee newApprovedBy) {
		Committee oldApprovedBy = approvedBy;
		approvedBy = newApprovedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_DOCUMENT__APPROVED_BY, oldApprovedBy, approvedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprovalReference() {
		return approvalReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovalReference(String newApprovalReference) {
		String oldApprovalReference = approvalReference;
		approvalReference = newApprovalReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_DOCUMENT__APPROVAL_REFERENCE, oldApprovalReference, approvalReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanRevision> getRevisions() {
		if (revisions == null) {
			revisions = new EObjectContainmentEList<PlanRevision>(PlanRevision.class, this, PhaenPackage.PLAN_DOCUMENT__REVISIONS);
		}
		return revisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NarrativeSection> getNarrative() {
		if (narrative == null) {
			narrative = new EObjectContainmentEList<NarrativeSection>(NarrativeSection.class, this, PhaenPackage.PLAN_DOCUMENT__NARRATIVE);
		}
		return narrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.PLAN_DOCUMENT__REVISIONS:
				return ((InternalEList<?>)getRevisions()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_DOCUMENT__NARRATIVE:
				return ((InternalEList<?>)getNarrative()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.PLAN_DOCUMENT__APPROVAL_STATUS:
				return getApprovalStatus();
			case PhaenPackage.PLAN_DOCUMENT__APPROVED_BY:
				if (resolve) return getApprovedBy();
				return basicGetApprovedBy();
			case PhaenPackage.PLAN_DOCUMENT__APPROVAL_REFERENCE:
				return getApprovalReference();
			case PhaenPackage.PLAN_DOCUMENT__REVISIONS:
				return getRevisions();
			case PhaenPackage.PLAN_DOCUMENT__NARRATIVE:
				return getNarrative();
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
			case PhaenPackage.PLAN_DOCUMENT__APPROVAL_STATUS:
				setApprovalStatus((PlanStatus)newValue);
				return;
			case PhaenPackage.PLAN_DOCUMENT__APPROVED_BY:
				setApprovedBy((Committee)newValue);
				return;
			case PhaenPackage.PLAN_DOCUMENT__APPROVAL_REFERENCE:
				setApprovalReference((String)newValue);
				return;
			case PhaenPackage.PLAN_DOCUMENT__REVISIONS:
				getRevisions().clear();
				getRevisions().addAll((Collection<? extends PlanRevision>)newValue);
				return;
			case PhaenPackage.PLAN_DOCUMENT__NARRATIVE:
				getNarrative().clear();
				getNarrative().addAll((Collection<? extends NarrativeSection>)newValue);
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
			case PhaenPackage.PLAN_DOCUMENT__APPROVAL_STATUS:
				unsetApprovalStatus();
				return;
			case PhaenPackage.PLAN_DOCUMENT__APPROVED_BY:
				setApprovedBy((Committee)null);
				return;
			case PhaenPackage.PLAN_DOCUMENT__APPROVAL_REFERENCE:
				setApprovalReference(APPROVAL_REFERENCE_EDEFAULT);
				return;
			case PhaenPackage.PLAN_DOCUMENT__REVISIONS:
				getRevisions().clear();
				return;
			case PhaenPackage.PLAN_DOCUMENT__NARRATIVE:
				getNarrative().clear();
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
			case PhaenPackage.PLAN_DOCUMENT__APPROVAL_STATUS:
				return isSetApprovalStatus();
			case PhaenPackage.PLAN_DOCUMENT__APPROVED_BY:
				return approvedBy != null;
			case PhaenPackage.PLAN_DOCUMENT__APPROVAL_REFERENCE:
				return APPROVAL_REFERENCE_EDEFAULT == null ? approvalReference != null : !APPROVAL_REFERENCE_EDEFAULT.equals(approvalReference);
			case PhaenPackage.PLAN_DOCUMENT__REVISIONS:
				return revisions != null && !revisions.isEmpty();
			case PhaenPackage.PLAN_DOCUMENT__NARRATIVE:
				return narrative != null && !narrative.isEmpty();
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
		result.append(", approvalStatus: ");
		if (approvalStatusESet) result.append(approvalStatus); else result.append("<unset>");
		result.append(", approvalReference: ");
		result.append(approvalReference);
		result.append(')');
		return result.toString();
	}

} //PlanDocumentImpl
