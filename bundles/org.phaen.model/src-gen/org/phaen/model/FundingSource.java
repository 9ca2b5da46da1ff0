/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Funding Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where money comes from: the parent agency's budget, the provincial development plan, other agencies, local administrations, private donors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.FundingSource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.FundingSource#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.phaen.model.FundingSource#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.phaen.model.FundingSource#getCeiling <em>Ceiling</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getFundingSource()
 * @model
 * @generated
 */
public interface FundingSource extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.FundingSourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.FundingSourceKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(FundingSourceKind)
	 * @see org.phaen.model.PhaenPackage#getFundingSource_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	FundingSourceKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.FundingSource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.FundingSourceKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FundingSourceKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.FundingSource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(FundingSourceKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.FundingSource#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(FundingSourceKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Organization)
	 * @see org.phaen.model.PhaenPackage#getFundingSource_Provider()
	 * @model
	 * @generated
	 */
	Organization getProvider();

	/**
	 * Sets the value of the '{@link org.phaen.model.FundingSource#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Organization value);

	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.phaen.model.PhaenPackage#getFundingSource_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.phaen.model.FundingSource#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Ceiling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ceiling</em>' attribute.
	 * @see #setCeiling(BigDecimal)
	 * @see org.phaen.model.PhaenPackage#getFundingSource_Ceiling()
	 * @model dataType="org.phaen.model.Decimal"
	 * @generated
	 */
	BigDecimal getCeiling();

	/**
	 * Sets the value of the '{@link org.phaen.model.FundingSource#getCeiling <em>Ceiling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ceiling</em>' attribute.
	 * @see #getCeiling()
	 * @generated
	 */
	void setCeiling(BigDecimal value);

} // FundingSource
