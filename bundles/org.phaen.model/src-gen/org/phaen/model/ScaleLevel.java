/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale Level</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One level of a rating scale.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.ScaleLevel#getValue <em>Value</em>}</li>
 *   <li>{@link org.phaen.model.ScaleLevel#getLabel <em>Label</em>}</li>
 *   <li>{@link org.phaen.model.ScaleLevel#getLabelEn <em>Label En</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getScaleLevel()
 * @model
 * @generated
 */
public interface ScaleLevel extends Identified {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.phaen.model.PhaenPackage#getScaleLevel_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.phaen.model.ScaleLevel#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.phaen.model.PhaenPackage#getScaleLevel_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.phaen.model.ScaleLevel#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label En</em>' attribute.
	 * @see #setLabelEn(String)
	 * @see org.phaen.model.PhaenPackage#getScaleLevel_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link org.phaen.model.ScaleLevel#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

} // ScaleLevel
