/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An indicator (ตัวชี้วัด) with a baseline and a target per fiscal year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Indicator#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getUnitEn <em>Unit En</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getValueType <em>Value Type</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.phaen.model.Indicator#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.IndicatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.IndicatorKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(IndicatorKind)
	 * @see org.phaen.model.PhaenPackage#getIndicator_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	IndicatorKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.IndicatorKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IndicatorKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.Indicator#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(IndicatorKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.Indicator#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(IndicatorKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.phaen.model.PhaenPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Unit En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit En</em>' attribute.
	 * @see #setUnitEn(String)
	 * @see org.phaen.model.PhaenPackage#getIndicator_UnitEn()
	 * @model
	 * @generated
	 */
	String getUnitEn();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getUnitEn <em>Unit En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit En</em>' attribute.
	 * @see #getUnitEn()
	 * @generated
	 */
	void setUnitEn(String value);

	/**
	 * Returns the value of the '<em><b>Value Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.ValueType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Type</em>' attribute.
	 * @see org.phaen.model.ValueType
	 * @see #isSetValueType()
	 * @see #unsetValueType()
	 * @see #setValueType(ValueType)
	 * @see org.phaen.model.PhaenPackage#getIndicator_ValueType()
	 * @model unsettable="true"
	 * @generated
	 */
	ValueType getValueType();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getValueType <em>Value Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Type</em>' attribute.
	 * @see org.phaen.model.ValueType
	 * @see #isSetValueType()
	 * @see #unsetValueType()
	 * @see #getValueType()
	 * @generated
	 */
	void setValueType(ValueType value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.Indicator#getValueType <em>Value Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValueType()
	 * @see #getValueType()
	 * @see #setValueType(ValueType)
	 * @generated
	 */
	void unsetValueType();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.Indicator#getValueType <em>Value Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Value Type</em>' attribute is set.
	 * @see #unsetValueType()
	 * @see #getValueType()
	 * @see #setValueType(ValueType)
	 * @generated
	 */
	boolean isSetValueType();

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.phaen.model.Direction
	 * @see #isSetDirection()
	 * @see #unsetDirection()
	 * @see #setDirection(Direction)
	 * @see org.phaen.model.PhaenPackage#getIndicator_Direction()
	 * @model unsettable="true"
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.phaen.model.Direction
	 * @see #isSetDirection()
	 * @see #unsetDirection()
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.Indicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDirection()
	 * @see #getDirection()
	 * @see #setDirection(Direction)
	 * @generated
	 */
	void unsetDirection();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.Indicator#getDirection <em>Direction</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Direction</em>' attribute is set.
	 * @see #unsetDirection()
	 * @see #getDirection()
	 * @see #setDirection(Direction)
	 * @generated
	 */
	boolean isSetDirection();

	/**
	 * Returns the value of the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Value</em>' attribute.
	 * @see #setBaselineValue(BigDecimal)
	 * @see org.phaen.model.PhaenPackage#getIndicator_BaselineValue()
	 * @model dataType="org.phaen.model.Decimal"
	 * @generated
	 */
	BigDecimal getBaselineValue();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getBaselineValue <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Value</em>' attribute.
	 * @see #getBaselineValue()
	 * @generated
	 */
	void setBaselineValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Year</em>' attribute.
	 * @see #setBaselineYear(int)
	 * @see org.phaen.model.PhaenPackage#getIndicator_BaselineYear()
	 * @model
	 * @generated
	 */
	int getBaselineYear();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getBaselineYear <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Year</em>' attribute.
	 * @see #getBaselineYear()
	 * @generated
	 */
	void setBaselineYear(int value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see org.phaen.model.PhaenPackage#getIndicator_DataSource()
	 * @model
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.Frequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.phaen.model.Frequency
	 * @see #isSetFrequency()
	 * @see #unsetFrequency()
	 * @see #setFrequency(Frequency)
	 * @see org.phaen.model.PhaenPackage#getIndicator_Frequency()
	 * @model unsettable="true"
	 * @generated
	 */
	Frequency getFrequency();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.phaen.model.Frequency
	 * @see #isSetFrequency()
	 * @see #unsetFrequency()
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Frequency value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.Indicator#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFrequency()
	 * @see #getFrequency()
	 * @see #setFrequency(Frequency)
	 * @generated
	 */
	void unsetFrequency();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.Indicator#getFrequency <em>Frequency</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Frequency</em>' attribute is set.
	 * @see #unsetFrequency()
	 * @see #getFrequency()
	 * @see #setFrequency(Frequency)
	 * @generated
	 */
	boolean isSetFrequency();

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Organization)
	 * @see org.phaen.model.PhaenPackage#getIndicator_Responsible()
	 * @model
	 * @generated
	 */
	Organization getResponsible();

	/**
	 * Sets the value of the '{@link org.phaen.model.Indicator#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Organization value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getIndicator_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

} // Indicator
