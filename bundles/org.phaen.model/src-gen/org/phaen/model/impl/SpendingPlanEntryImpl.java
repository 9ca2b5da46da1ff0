/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.phaen.model.FundingSource;
import org.phaen.model.PeriodKind;
import org.phaen.model.PhaenPackage;
import org.phaen.model.SpendingPlanEntry;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spending Plan Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.SpendingPlanEntryImpl#getPeriodKind <em>Period Kind</em>}</li>
 *   <li>{@link org.phaen.model.impl.SpendingPlanEntryImpl#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.phaen.model.impl.SpendingPlanEntryImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.phaen.model.impl.SpendingPlanEntryImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpendingPlanEntryImpl extends IdentifiedImpl implements SpendingPlanEntry {
	/**
	 * The default value of the '{@link #getPeriodKind() <em>Period Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodKind()
	 * @generated
	 * @ordered
	 */
	protected static final PeriodKind PERIOD_KIND_EDEFAULT = PeriodKind.MONTH;

	/**
	 * The cached value of the '{@link #getPeriodKind() <em>Period Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodKind()
	 * @generated
	 * @ordered
	 */
	protected PeriodKind periodKind = PERIOD_KIND_EDEFAULT;

	/**
	 * This is true if the Period Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean periodKindESet;

	/**
	 * The default value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected static final int SEQUENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected int sequence = SEQUENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected FundingSource source;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpendingPlanEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.SPENDING_PLAN_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeriodKind getPeriodKind() {
		return periodKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodKind(PeriodKind newPeriodKind) {
		PeriodKind oldPeriodKind = periodKind;
		periodKind = newPeriodKind == null ? PERIOD_KIND_EDEFAULT : newPeriodKind;
		boolean oldPeriodKindESet = periodKindESet;
		periodKindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SPENDING_PLAN_ENTRY__PERIOD_KIND, oldPeriodKind, periodKind, !oldPeriodKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPeriodKind() {
		PeriodKind oldPeriodKind = periodKind;
		boolean oldPeriodKindESet = periodKindESet;
		periodKind = PERIOD_KIND_EDEFAULT;
		periodKindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.SPENDING_PLAN_ENTRY__PERIOD_KIND, oldPeriodKind, PERIOD_KIND_EDEFAULT, oldPeriodKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPeriodKind() {
		return periodKindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSequence() {
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(int newSequence) {
		int oldSequence = sequence;
		sequence = newSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SPENDING_PLAN_ENTRY__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SPENDING_PLAN_ENTRY__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingSource getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (FundingSource)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.SPENDING_PLAN_ENTRY__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FundingSource basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(FundingSource newSource) {
		FundingSource oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.SPENDING_PLAN_ENTRY__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.SPENDING_PLAN_ENTRY__PERIOD_KIND:
				return getPeriodKind();
			case PhaenPackage.SPENDING_PLAN_ENTRY__SEQUENCE:
				return getSequence();
			case PhaenPackage.SPENDING_PLAN_ENTRY__AMOUNT:
				return getAmount();
			case PhaenPackage.SPENDING_PLAN_ENTRY__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
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
			case PhaenPackage.SPENDING_PLAN_ENTRY__PERIOD_KIND:
				setPeriodKind((PeriodKind)newValue);
				return;
			case PhaenPackage.SPENDING_PLAN_ENTRY__SEQUENCE:
				setSequence((Integer)newValue);
				return;
			case PhaenPackage.SPENDING_PLAN_ENTRY__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case PhaenPackage.SPENDING_PLAN_ENTRY__SOURCE:
				setSource((FundingSource)newValue);
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
			case PhaenPackage.SPENDING_PLAN_ENTRY__PERIOD_KIND:
				unsetPeriodKind();
				return;
			case PhaenPackage.SPENDING_PLAN_ENTRY__SEQUENCE:
				setSequence(SEQUENCE_EDEFAULT);
				return;
			case PhaenPackage.SPENDING_PLAN_ENTRY__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case PhaenPackage.SPENDING_PLAN_ENTRY__SOURCE:
				setSource((FundingSource)null);
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
			case PhaenPackage.SPENDING_PLAN_ENTRY__PERIOD_KIND:
				return isSetPeriodKind();
			case PhaenPackage.SPENDING_PLAN_ENTRY__SEQUENCE:
				return sequence != SEQUENCE_EDEFAULT;
			case PhaenPackage.SPENDING_PLAN_ENTRY__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case PhaenPackage.SPENDING_PLAN_ENTRY__SOURCE:
				return source != null;
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
		result.append(" (periodKind: ");
		if (periodKindESet) result.append(periodKind); else result.append("<unset>");
		result.append(", sequence: ");
		result.append(sequence);
		result.append(", amount: ");
		result.append(amount);
		result.append(')');
		return result.toString();
	}

} //SpendingPlanEntryImpl
