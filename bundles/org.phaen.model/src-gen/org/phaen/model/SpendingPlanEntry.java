/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spending Plan Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The amount a project plans to spend in one quarter or month of its fiscal year, optionally from one funding source (model 1.1). sequence counts from the start of the fiscal year: quarter 1 is October to December, month 1 is October.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.SpendingPlanEntry#getPeriodKind <em>Period Kind</em>}</li>
 *   <li>{@link org.phaen.model.SpendingPlanEntry#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.phaen.model.SpendingPlanEntry#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.phaen.model.SpendingPlanEntry#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getSpendingPlanEntry()
 * @model
 * @generated
 */
public interface SpendingPlanEntry extends Identified {
	/**
	 * Returns the value of the '<em><b>Period Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.PeriodKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Kind</em>' attribute.
	 * @see org.phaen.model.PeriodKind
	 * @see #isSetPeriodKind()
	 * @see #unsetPeriodKind()
	 * @see #setPeriodKind(PeriodKind)
	 * @see org.phaen.model.PhaenPackage#getSpendingPlanEntry_PeriodKind()
	 * @model unsettable="true"
	 * @generated
	 */
	PeriodKind getPeriodKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.SpendingPlanEntry#getPeriodKind <em>Period Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Kind</em>' attribute.
	 * @see org.phaen.model.PeriodKind
	 * @see #isSetPeriodKind()
	 * @see #unsetPeriodKind()
	 * @see #getPeriodKind()
	 * @generated
	 */
	void setPeriodKind(PeriodKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.SpendingPlanEntry#getPeriodKind <em>Period Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPeriodKind()
	 * @see #getPeriodKind()
	 * @see #setPeriodKind(PeriodKind)
	 * @generated
	 */
	void unsetPeriodKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.SpendingPlanEntry#getPeriodKind <em>Period Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Period Kind</em>' attribute is set.
	 * @see #unsetPeriodKind()
	 * @see #getPeriodKind()
	 * @see #setPeriodKind(PeriodKind)
	 * @generated
	 */
	boolean isSetPeriodKind();

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(int)
	 * @see org.phaen.model.PhaenPackage#getSpendingPlanEntry_Sequence()
	 * @model
	 * @generated
	 */
	int getSequence();

	/**
	 * Sets the value of the '{@link org.phaen.model.SpendingPlanEntry#getSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(int value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.phaen.model.PhaenPackage#getSpendingPlanEntry_Amount()
	 * @model dataType="org.phaen.model.Decimal"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.phaen.model.SpendingPlanEntry#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(FundingSource)
	 * @see org.phaen.model.PhaenPackage#getSpendingPlanEntry_Source()
	 * @model
	 * @generated
	 */
	FundingSource getSource();

	/**
	 * Sets the value of the '{@link org.phaen.model.SpendingPlanEntry#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(FundingSource value);

} // SpendingPlanEntry
