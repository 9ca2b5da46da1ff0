/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An evaluation instrument built for a fiscal year: a form, sheet, survey or checklist.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.EvaluationInstrument#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.EvaluationInstrument#getVersion <em>Version</em>}</li>
 *   <li>{@link org.phaen.model.EvaluationInstrument#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.phaen.model.EvaluationInstrument#getScope <em>Scope</em>}</li>
 *   <li>{@link org.phaen.model.EvaluationInstrument#getRatingScales <em>Rating Scales</em>}</li>
 *   <li>{@link org.phaen.model.EvaluationInstrument#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getEvaluationInstrument()
 * @model
 * @generated
 */
public interface EvaluationInstrument extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.InstrumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.InstrumentKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(InstrumentKind)
	 * @see org.phaen.model.PhaenPackage#getEvaluationInstrument_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	InstrumentKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.EvaluationInstrument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.InstrumentKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InstrumentKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.EvaluationInstrument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(InstrumentKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.EvaluationInstrument#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(InstrumentKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.phaen.model.PhaenPackage#getEvaluationInstrument_Version()
	 * @model
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.phaen.model.EvaluationInstrument#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.phaen.model.PhaenPackage#getEvaluationInstrument_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.phaen.model.EvaluationInstrument#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.PlanElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getEvaluationInstrument_Scope()
	 * @model
	 * @generated
	 */
	EList<PlanElement> getScope();

	/**
	 * Returns the value of the '<em><b>Rating Scales</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.RatingScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rating Scales</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getEvaluationInstrument_RatingScales()
	 * @model containment="true"
	 * @generated
	 */
	EList<RatingScale> getRatingScales();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.InstrumentItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getEvaluationInstrument_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstrumentItem> getItems();

} // EvaluationInstrument
