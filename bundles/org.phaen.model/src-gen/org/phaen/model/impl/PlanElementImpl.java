/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.Alignment;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.PlanElementImpl#getAlignments <em>Alignments</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class PlanElementImpl extends NamedImpl implements PlanElement {
	/**
	 * The cached value of the '{@link #getAlignments() <em>Alignments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlignments()
	 * @generated
	 * @ordered
	 */
	protected EList<Alignment> alignments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.PLAN_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Alignment> getAlignments() {
		if (alignments == null) {
			alignments = new EObjectContainmentEList<Alignment>(Alignment.class, this, PhaenPackage.PLAN_ELEMENT__ALIGNMENTS);
		}
		return alignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.PLAN_ELEMENT__ALIGNMENTS:
				return ((InternalEList<?>)getAlignments()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.PLAN_ELEMENT__ALIGNMENTS:
				return getAlignments();
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
			case PhaenPackage.PLAN_ELEMENT__ALIGNMENTS:
				getAlignments().clear();
				getAlignments().addAll((Collection<? extends Alignment>)newValue);
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
			case PhaenPackage.PLAN_ELEMENT__ALIGNMENTS:
				getAlignments().clear();
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
			case PhaenPackage.PLAN_ELEMENT__ALIGNMENTS:
				return alignments != null && !alignments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PlanElementImpl
