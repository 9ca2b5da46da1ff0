/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.math.BigDecimal;

import java.time.LocalDate;

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

} // PlanDocument
