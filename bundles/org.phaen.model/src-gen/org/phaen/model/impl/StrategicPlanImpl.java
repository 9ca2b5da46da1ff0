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
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.CoreValue;
import org.phaen.model.Mission;
import org.phaen.model.PhaenPackage;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.SwotItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategic Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.StrategicPlanImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategicPlanImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategicPlanImpl#getVision <em>Vision</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategicPlanImpl#getVisionEn <em>Vision En</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategicPlanImpl#getMissions <em>Missions</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategicPlanImpl#getStrategicIssues <em>Strategic Issues</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategicPlanImpl#getCoreValues <em>Core Values</em>}</li>
 *   <li>{@link org.phaen.model.impl.StrategicPlanImpl#getSwotItems <em>Swot Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategicPlanImpl extends PlanDocumentImpl implements StrategicPlan {
	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final int START_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected int startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final int END_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected int endYear = END_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getVision() <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVision()
	 * @generated
	 * @ordered
	 */
	protected static final String VISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVision() <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVision()
	 * @generated
	 * @ordered
	 */
	protected String vision = VISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisionEn() <em>Vision En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisionEn()
	 * @generated
	 * @ordered
	 */
	protected static final String VISION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVisionEn() <em>Vision En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisionEn()
	 * @generated
	 * @ordered
	 */
	protected String visionEn = VISION_EN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMissions() <em>Missions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissions()
	 * @generated
	 * @ordered
	 */
	protected EList<Mission> missions;

	/**
	 * The cached value of the '{@link #getStrategicIssues() <em>Strategic Issues</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategicIssues()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategicIssue> strategicIssues;

	/**
	 * The cached value of the '{@link #getCoreValues() <em>Core Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoreValues()
	 * @generated
	 * @ordered
	 */
	protected EList<CoreValue> coreValues;

	/**
	 * The cached value of the '{@link #getSwotItems() <em>Swot Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwotItems()
	 * @generated
	 * @ordered
	 */
	protected EList<SwotItem> swotItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategicPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.STRATEGIC_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartYear() {
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(int newStartYear) {
		int oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.STRATEGIC_PLAN__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndYear() {
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(int newEndYear) {
		int oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.STRATEGIC_PLAN__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVision() {
		return vision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVision(String newVision) {
		String oldVision = vision;
		vision = newVision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.STRATEGIC_PLAN__VISION, oldVision, vision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVisionEn() {
		return visionEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisionEn(String newVisionEn) {
		String oldVisionEn = visionEn;
		visionEn = newVisionEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.STRATEGIC_PLAN__VISION_EN, oldVisionEn, visionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mission> getMissions() {
		if (missions == null) {
			missions = new EObjectContainmentEList<Mission>(Mission.class, this, PhaenPackage.STRATEGIC_PLAN__MISSIONS);
		}
		return missions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategicIssue> getStrategicIssues() {
		if (strategicIssues == null) {
			strategicIssues = new EObjectContainmentEList<StrategicIssue>(StrategicIssue.class, this, PhaenPackage.STRATEGIC_PLAN__STRATEGIC_ISSUES);
		}
		return strategicIssues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CoreValue> getCoreValues() {
		if (coreValues == null) {
			coreValues = new EObjectContainmentEList<CoreValue>(CoreValue.class, this, PhaenPackage.STRATEGIC_PLAN__CORE_VALUES);
		}
		return coreValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getSwotItems() {
		if (swotItems == null) {
			swotItems = new EObjectContainmentEList<SwotItem>(SwotItem.class, this, PhaenPackage.STRATEGIC_PLAN__SWOT_ITEMS);
		}
		return swotItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.STRATEGIC_PLAN__MISSIONS:
				return ((InternalEList<?>)getMissions()).basicRemove(otherEnd, msgs);
			case PhaenPackage.STRATEGIC_PLAN__STRATEGIC_ISSUES:
				return ((InternalEList<?>)getStrategicIssues()).basicRemove(otherEnd, msgs);
			case PhaenPackage.STRATEGIC_PLAN__CORE_VALUES:
				return ((InternalEList<?>)getCoreValues()).basicRemove(otherEnd, msgs);
			case PhaenPackage.STRATEGIC_PLAN__SWOT_ITEMS:
				return ((InternalEList<?>)getSwotItems()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.STRATEGIC_PLAN__START_YEAR:
				return getStartYear();
			case PhaenPackage.STRATEGIC_PLAN__END_YEAR:
				return getEndYear();
			case PhaenPackage.STRATEGIC_PLAN__VISION:
				return getVision();
			case PhaenPackage.STRATEGIC_PLAN__VISION_EN:
				return getVisionEn();
			case PhaenPackage.STRATEGIC_PLAN__MISSIONS:
				return getMissions();
			case PhaenPackage.STRATEGIC_PLAN__STRATEGIC_ISSUES:
				return getStrategicIssues();
			case PhaenPackage.STRATEGIC_PLAN__CORE_VALUES:
				return getCoreValues();
			case PhaenPackage.STRATEGIC_PLAN__SWOT_ITEMS:
				return getSwotItems();
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
			case PhaenPackage.STRATEGIC_PLAN__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case PhaenPackage.STRATEGIC_PLAN__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case PhaenPackage.STRATEGIC_PLAN__VISION:
				setVision((String)newValue);
				return;
			case PhaenPackage.STRATEGIC_PLAN__VISION_EN:
				setVisionEn((String)newValue);
				return;
			case PhaenPackage.STRATEGIC_PLAN__MISSIONS:
				getMissions().clear();
				getMissions().addAll((Collection<? extends Mission>)newValue);
				return;
			case PhaenPackage.STRATEGIC_PLAN__STRATEGIC_ISSUES:
				getStrategicIssues().clear();
				getStrategicIssues().addAll((Collection<? extends StrategicIssue>)newValue);
				return;
			case PhaenPackage.STRATEGIC_PLAN__CORE_VALUES:
				getCoreValues().clear();
				getCoreValues().addAll((Collection<? extends CoreValue>)newValue);
				return;
			case PhaenPackage.STRATEGIC_PLAN__SWOT_ITEMS:
				getSwotItems().clear();
				getSwotItems().addAll((Collection<? extends SwotItem>)newValue);
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
			case PhaenPackage.STRATEGIC_PLAN__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case PhaenPackage.STRATEGIC_PLAN__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case PhaenPackage.STRATEGIC_PLAN__VISION:
				setVision(VISION_EDEFAULT);
				return;
			case PhaenPackage.STRATEGIC_PLAN__VISION_EN:
				setVisionEn(VISION_EN_EDEFAULT);
				return;
			case PhaenPackage.STRATEGIC_PLAN__MISSIONS:
				getMissions().clear();
				return;
			case PhaenPackage.STRATEGIC_PLAN__STRATEGIC_ISSUES:
				getStrategicIssues().clear();
				return;
			case PhaenPackage.STRATEGIC_PLAN__CORE_VALUES:
				getCoreValues().clear();
				return;
			case PhaenPackage.STRATEGIC_PLAN__SWOT_ITEMS:
				getSwotItems().clear();
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
			case PhaenPackage.STRATEGIC_PLAN__START_YEAR:
				return startYear != START_YEAR_EDEFAULT;
			case PhaenPackage.STRATEGIC_PLAN__END_YEAR:
				return endYear != END_YEAR_EDEFAULT;
			case PhaenPackage.STRATEGIC_PLAN__VISION:
				return VISION_EDEFAULT == null ? vision != null : !VISION_EDEFAULT.equals(vision);
			case PhaenPackage.STRATEGIC_PLAN__VISION_EN:
				return VISION_EN_EDEFAULT == null ? visionEn != null : !VISION_EN_EDEFAULT.equals(visionEn);
			case PhaenPackage.STRATEGIC_PLAN__MISSIONS:
				return missions != null && !missions.isEmpty();
			case PhaenPackage.STRATEGIC_PLAN__STRATEGIC_ISSUES:
				return strategicIssues != null && !strategicIssues.isEmpty();
			case PhaenPackage.STRATEGIC_PLAN__CORE_VALUES:
				return coreValues != null && !coreValues.isEmpty();
			case PhaenPackage.STRATEGIC_PLAN__SWOT_ITEMS:
				return swotItems != null && !swotItems.isEmpty();
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
		result.append(" (startYear: ");
		result.append(startYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(", vision: ");
		result.append(vision);
		result.append(", visionEn: ");
		result.append(visionEn);
		result.append(')');
		return result.toString();
	}

} //StrategicPlanImpl
