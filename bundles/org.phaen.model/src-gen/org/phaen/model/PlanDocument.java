/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plan document at one plan level, owned by an agency; budgetTotal is the total it states (checked against its budget lines).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.PlanDocument#getLevel <em>Level</em>}</li>
 *   <li>{@link org.phaen.model.PlanDocument#getOwnerAgency <em>Owner Agency</em>}</li>
 *   <li>{@link org.phaen.model.PlanDocument#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.phaen.model.PlanDocument#getDocumentReference <em>Document Reference</em>}</li>
 *   <li>{@link org.phaen.model.PlanDocument#getBudgetTotal <em>Budget Total</em>}</li>
 *   <li>{@link org.phaen.model.PlanDocument#getApprovalStatus <em>Approval Status</em>}</li>
 *   <li>{@link org.phaen.model.PlanDocument#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.phaen.model.PlanDocument#getApprovalReference <em>Approval Reference</em>}</li>
 *   <li>{@link org.phaen.model.PlanDocument#getRevisions <em>Revisions</em>}</li>
 *   <li>{@link org.phaen.model.PlanDocument#getNarrative <em>Narrative</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getPlanDocument()
 * @model abstract="true"
 * @generated
 */
public interface PlanDocument extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.PlanLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.phaen.model.PlanLevel
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #setLevel(PlanLevel)
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_Level()
	 * @model unsettable="true"
	 * @generated
	 */
	PlanLevel getLevel();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanDocument#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.phaen.model.PlanLevel
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(PlanLevel value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.PlanDocument#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLevel()
	 * @see #getLevel()
	 * @see #setLevel(PlanLevel)
	 * @generated
	 */
	void unsetLevel();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.PlanDocument#getLevel <em>Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Level</em>' attribute is set.
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @see #setLevel(PlanLevel)
	 * @generated
	 */
	boolean isSetLevel();

	/**
	 * Returns the value of the '<em><b>Owner Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Agency</em>' reference.
	 * @see #setOwnerAgency(Organization)
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_OwnerAgency()
	 * @model
	 * @generated
	 */
	Organization getOwnerAgency();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanDocument#getOwnerAgency <em>Owner Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Agency</em>' reference.
	 * @see #getOwnerAgency()
	 * @generated
	 */
	void setOwnerAgency(Organization value);

	/**
	 * Returns the value of the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved On</em>' attribute.
	 * @see #setApprovedOn(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_ApprovedOn()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getApprovedOn();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanDocument#getApprovedOn <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved On</em>' attribute.
	 * @see #getApprovedOn()
	 * @generated
	 */
	void setApprovedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Document Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Reference</em>' attribute.
	 * @see #setDocumentReference(String)
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_DocumentReference()
	 * @model
	 * @generated
	 */
	String getDocumentReference();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanDocument#getDocumentReference <em>Document Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Reference</em>' attribute.
	 * @see #getDocumentReference()
	 * @generated
	 */
	void setDocumentReference(String value);

	/**
	 * Returns the value of the '<em><b>Budget Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Total</em>' attribute.
	 * @see #setBudgetTotal(BigDecimal)
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_BudgetTotal()
	 * @model dataType="org.phaen.model.Decimal"
	 * @generated
	 */
	BigDecimal getBudgetTotal();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanDocument#getBudgetTotal <em>Budget Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Total</em>' attribute.
	 * @see #getBudgetTotal()
	 * @generated
	 */
	void setBudgetTotal(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Approval Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the plan stands: a draft, approved, or approved and since revised (model 1.1). The approval itself: approvedBy, approvalReference and approvedOn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approval Status</em>' attribute.
	 * @see org.phaen.model.PlanStatus
	 * @see #isSetApprovalStatus()
	 * @see #unsetApprovalStatus()
	 * @see #setApprovalStatus(PlanStatus)
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_ApprovalStatus()
	 * @model unsettable="true"
	 * @generated
	 */
	PlanStatus getApprovalStatus();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanDocument#getApprovalStatus <em>Approval Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval Status</em>' attribute.
	 * @see org.phaen.model.PlanStatus
	 * @see #isSetApprovalStatus()
	 * @see #unsetApprovalStatus()
	 * @see #getApprovalStatus()
	 * @generated
	 */
	void setApprovalStatus(PlanStatus value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.PlanDocument#getApprovalStatus <em>Approval Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetApprovalStatus()
	 * @see #getApprovalStatus()
	 * @see #setApprovalStatus(PlanStatus)
	 * @generated
	 */
	void unsetApprovalStatus();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.PlanDocument#getApprovalStatus <em>Approval Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Approval Status</em>' attribute is set.
	 * @see #unsetApprovalStatus()
	 * @see #getApprovalStatus()
	 * @see #setApprovalStatus(PlanStatus)
	 * @generated
	 */
	boolean isSetApprovalStatus();

	/**
	 * Returns the value of the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The committee (of this model) that approved the plan (model 1.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved By</em>' reference.
	 * @see #setApprovedBy(Committee)
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_ApprovedBy()
	 * @model
	 * @generated
	 */
	Committee getApprovedBy();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanDocument#getApprovedBy <em>Approved By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved By</em>' reference.
	 * @see #getApprovedBy()
	 * @generated
	 */
	void setApprovedBy(Committee value);

	/**
	 * Returns the value of the '<em><b>Approval Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The meeting or order that approved the plan, as written in the book: the meeting and its number, or the order number (model 1.1); its date is approvedOn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approval Reference</em>' attribute.
	 * @see #setApprovalReference(String)
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_ApprovalReference()
	 * @model
	 * @generated
	 */
	String getApprovalReference();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanDocument#getApprovalReference <em>Approval Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval Reference</em>' attribute.
	 * @see #getApprovalReference()
	 * @generated
	 */
	void setApprovalReference(String value);

	/**
	 * Returns the value of the '<em><b>Revisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.PlanRevision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The revisions made to the plan after its approval, oldest first (model 1.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revisions</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_Revisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanRevision> getRevisions();

	/**
	 * Returns the value of the '<em><b>Narrative</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.NarrativeSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan book's text in reading order (model 1.1): foreword, background, context, the chapters of carrying the plan into practice, resource mobilisation and monitoring. A section's kind says in which part of the book it stands; the generator puts the model-driven tables after the sections that name them in tablesAfter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Narrative</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanDocument_Narrative()
	 * @model containment="true"
	 * @generated
	 */
	EList<NarrativeSection> getNarrative();

} // PlanDocument
