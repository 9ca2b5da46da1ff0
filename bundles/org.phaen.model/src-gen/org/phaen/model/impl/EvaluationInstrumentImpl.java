/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;
import org.phaen.model.RatingScale;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.EvaluationInstrumentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.impl.EvaluationInstrumentImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.phaen.model.impl.EvaluationInstrumentImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.phaen.model.impl.EvaluationInstrumentImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.phaen.model.impl.EvaluationInstrumentImpl#getRatingScales <em>Rating Scales</em>}</li>
 *   <li>{@link org.phaen.model.impl.EvaluationInstrumentImpl#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationInstrumentImpl extends NamedImpl implements EvaluationInstrument {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InstrumentKind KIND_EDEFAULT = InstrumentKind.PROGRESS_REPORT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InstrumentKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int fiscalYear = FISCAL_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanElement> scope;

	/**
	 * The cached value of the '{@link #getRatingScales() <em>Rating Scales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatingScales()
	 * @generated
	 * @ordered
	 */
	protected EList<RatingScale> ratingScales;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<InstrumentItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationInstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.EVALUATION_INSTRUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InstrumentKind newKind) {
		InstrumentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.EVALUATION_INSTRUMENT__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		InstrumentKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.EVALUATION_INSTRUMENT__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind() {
		return kindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.EVALUATION_INSTRUMENT__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFiscalYear() {
		return fiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiscalYear(int newFiscalYear) {
		int oldFiscalYear = fiscalYear;
		fiscalYear = newFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.EVALUATION_INSTRUMENT__FISCAL_YEAR, oldFiscalYear, fiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanElement> getScope() {
		if (scope == null) {
			scope = new EObjectResolvingEList<PlanElement>(PlanElement.class, this, PhaenPackage.EVALUATION_INSTRUMENT__SCOPE);
		}
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RatingScale> getRatingScales() {
		if (ratingScales == null) {
			ratingScales = new EObjectContainmentEList<RatingScale>(RatingScale.class, this, PhaenPackage.EVALUATION_INSTRUMENT__RATING_SCALES);
		}
		return ratingScales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstrumentItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<InstrumentItem>(InstrumentItem.class, this, PhaenPackage.EVALUATION_INSTRUMENT__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.EVALUATION_INSTRUMENT__RATING_SCALES:
				return ((InternalEList<?>)getRatingScales()).basicRemove(otherEnd, msgs);
			case PhaenPackage.EVALUATION_INSTRUMENT__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.EVALUATION_INSTRUMENT__KIND:
				return getKind();
			case PhaenPackage.EVALUATION_INSTRUMENT__VERSION:
				return getVersion();
			case PhaenPackage.EVALUATION_INSTRUMENT__FISCAL_YEAR:
				return getFiscalYear();
			case PhaenPackage.EVALUATION_INSTRUMENT__SCOPE:
				return getScope();
			case PhaenPackage.EVALUATION_INSTRUMENT__RATING_SCALES:
				return getRatingScales();
			case PhaenPackage.EVALUATION_INSTRUMENT__ITEMS:
				return getItems();
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
			case PhaenPackage.EVALUATION_INSTRUMENT__KIND:
				setKind((InstrumentKind)newValue);
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__VERSION:
				setVersion((Integer)newValue);
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__SCOPE:
				getScope().clear();
				getScope().addAll((Collection<? extends PlanElement>)newValue);
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__RATING_SCALES:
				getRatingScales().clear();
				getRatingScales().addAll((Collection<? extends RatingScale>)newValue);
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends InstrumentItem>)newValue);
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
			case PhaenPackage.EVALUATION_INSTRUMENT__KIND:
				unsetKind();
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__SCOPE:
				getScope().clear();
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__RATING_SCALES:
				getRatingScales().clear();
				return;
			case PhaenPackage.EVALUATION_INSTRUMENT__ITEMS:
				getItems().clear();
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
			case PhaenPackage.EVALUATION_INSTRUMENT__KIND:
				return isSetKind();
			case PhaenPackage.EVALUATION_INSTRUMENT__VERSION:
				return version != VERSION_EDEFAULT;
			case PhaenPackage.EVALUATION_INSTRUMENT__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case PhaenPackage.EVALUATION_INSTRUMENT__SCOPE:
				return scope != null && !scope.isEmpty();
			case PhaenPackage.EVALUATION_INSTRUMENT__RATING_SCALES:
				return ratingScales != null && !ratingScales.isEmpty();
			case PhaenPackage.EVALUATION_INSTRUMENT__ITEMS:
				return items != null && !items.isEmpty();
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
		result.append(" (kind: ");
		if (kindESet) result.append(kind); else result.append("<unset>");
		result.append(", version: ");
		result.append(version);
		result.append(", fiscalYear: ");
		result.append(fiscalYear);
		result.append(')');
		return result.toString();
	}

} //EvaluationInstrumentImpl
