/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.phaen.model.PhaenPackage;
import org.phaen.model.ScaleLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scale Level</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.ScaleLevelImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.phaen.model.impl.ScaleLevelImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.phaen.model.impl.ScaleLevelImpl#getLabelEn <em>Label En</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScaleLevelImpl extends IdentifiedImpl implements ScaleLevel {
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final int VALUE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected int value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected String labelEn = LABEL_EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScaleLevelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.SCALE_LEVEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(int newValue) {
		int oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SCALE_LEVEL__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SCALE_LEVEL__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelEn() {
		return labelEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelEn(String newLabelEn) {
		String oldLabelEn = labelEn;
		labelEn = newLabelEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SCALE_LEVEL__LABEL_EN, oldLabelEn, labelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.SCALE_LEVEL__VALUE:
				return getValue();
			case PhaenPackage.SCALE_LEVEL__LABEL:
				return getLabel();
			case PhaenPackage.SCALE_LEVEL__LABEL_EN:
				return getLabelEn();
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
			case PhaenPackage.SCALE_LEVEL__VALUE:
				setValue((Integer)newValue);
				return;
			case PhaenPackage.SCALE_LEVEL__LABEL:
				setLabel((String)newValue);
				return;
			case PhaenPackage.SCALE_LEVEL__LABEL_EN:
				setLabelEn((String)newValue);
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
			case PhaenPackage.SCALE_LEVEL__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case PhaenPackage.SCALE_LEVEL__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case PhaenPackage.SCALE_LEVEL__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
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
			case PhaenPackage.SCALE_LEVEL__VALUE:
				return value != VALUE_EDEFAULT;
			case PhaenPackage.SCALE_LEVEL__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case PhaenPackage.SCALE_LEVEL__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
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
		result.append(" (value: ");
		result.append(value);
		result.append(", label: ");
		result.append(label);
		result.append(", labelEn: ");
		result.append(labelEn);
		result.append(')');
		return result.toString();
	}

} //ScaleLevelImpl
