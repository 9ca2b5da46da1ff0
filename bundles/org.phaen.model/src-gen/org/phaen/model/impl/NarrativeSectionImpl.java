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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.ModelTable;
import org.phaen.model.NarrativeSection;
import org.phaen.model.PhaenPackage;
import org.phaen.model.SectionKind;
import org.phaen.model.TextBlock;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Narrative Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.NarrativeSectionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.impl.NarrativeSectionImpl#getHeading <em>Heading</em>}</li>
 *   <li>{@link org.phaen.model.impl.NarrativeSectionImpl#getHeadingEn <em>Heading En</em>}</li>
 *   <li>{@link org.phaen.model.impl.NarrativeSectionImpl#getBlocks <em>Blocks</em>}</li>
 *   <li>{@link org.phaen.model.impl.NarrativeSectionImpl#getTablesAfter <em>Tables After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NarrativeSectionImpl extends IdentifiedImpl implements NarrativeSection {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SectionKind KIND_EDEFAULT = SectionKind.FOREWORD;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SectionKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #getHeading() <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeading()
	 * @generated
	 * @ordered
	 */
	protected static final String HEADING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeading() <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeading()
	 * @generated
	 * @ordered
	 */
	protected String heading = HEADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeadingEn() <em>Heading En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadingEn()
	 * @generated
	 * @ordered
	 */
	protected static final String HEADING_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeadingEn() <em>Heading En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadingEn()
	 * @generated
	 * @ordered
	 */
	protected String headingEn = HEADING_EN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBlocks() <em>Blocks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlocks()
	 * @generated
	 * @ordered
	 */
	protected EList<TextBlock> blocks;

	/**
	 * The cached value of the '{@link #getTablesAfter() <em>Tables After</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTablesAfter()
	 * @generated
	 * @ordered
	 */
	protected EList<ModelTable> tablesAfter;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NarrativeSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.NARRATIVE_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SectionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SectionKind newKind) {
		SectionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.NARRATIVE_SECTION__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind() {
		SectionKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.NARRATIVE_SECTION__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
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
	public String getHeading() {
		return heading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeading(String newHeading) {
		String oldHeading = heading;
		heading = newHeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.NARRATIVE_SECTION__HEADING, oldHeading, heading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeadingEn() {
		return headingEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadingEn(String newHeadingEn) {
		String oldHeadingEn = headingEn;
		headingEn = newHeadingEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.NARRATIVE_SECTION__HEADING_EN, oldHeadingEn, headingEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TextBlock> getBlocks() {
		if (blocks == null) {
			blocks = new EObjectContainmentEList<TextBlock>(TextBlock.class, this, PhaenPackage.NARRATIVE_SECTION__BLOCKS);
		}
		return blocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelTable> getTablesAfter() {
		if (tablesAfter == null) {
			tablesAfter = new EDataTypeUniqueEList<ModelTable>(ModelTable.class, this, PhaenPackage.NARRATIVE_SECTION__TABLES_AFTER);
		}
		return tablesAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.NARRATIVE_SECTION__BLOCKS:
				return ((InternalEList<?>)getBlocks()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.NARRATIVE_SECTION__KIND:
				return getKind();
			case PhaenPackage.NARRATIVE_SECTION__HEADING:
				return getHeading();
			case PhaenPackage.NARRATIVE_SECTION__HEADING_EN:
				return getHeadingEn();
			case PhaenPackage.NARRATIVE_SECTION__BLOCKS:
				return getBlocks();
			case PhaenPackage.NARRATIVE_SECTION__TABLES_AFTER:
				return getTablesAfter();
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
			case PhaenPackage.NARRATIVE_SECTION__KIND:
				setKind((SectionKind)newValue);
				return;
			case PhaenPackage.NARRATIVE_SECTION__HEADING:
				setHeading((String)newValue);
				return;
			case PhaenPackage.NARRATIVE_SECTION__HEADING_EN:
				setHeadingEn((String)newValue);
				return;
			case PhaenPackage.NARRATIVE_SECTION__BLOCKS:
				getBlocks().clear();
				getBlocks().addAll((Collection<? extends TextBlock>)newValue);
				return;
			case PhaenPackage.NARRATIVE_SECTION__TABLES_AFTER:
				getTablesAfter().clear();
				getTablesAfter().addAll((Collection<? extends ModelTable>)newValue);
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
			case PhaenPackage.NARRATIVE_SECTION__KIND:
				unsetKind();
				return;
			case PhaenPackage.NARRATIVE_SECTION__HEADING:
				setHeading(HEADING_EDEFAULT);
				return;
			case PhaenPackage.NARRATIVE_SECTION__HEADING_EN:
				setHeadingEn(HEADING_EN_EDEFAULT);
				return;
			case PhaenPackage.NARRATIVE_SECTION__BLOCKS:
				getBlocks().clear();
				return;
			case PhaenPackage.NARRATIVE_SECTION__TABLES_AFTER:
				getTablesAfter().clear();
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
			case PhaenPackage.NARRATIVE_SECTION__KIND:
				return isSetKind();
			case PhaenPackage.NARRATIVE_SECTION__HEADING:
				return HEADING_EDEFAULT == null ? heading != null : !HEADING_EDEFAULT.equals(heading);
			case PhaenPackage.NARRATIVE_SECTION__HEADING_EN:
				return HEADING_EN_EDEFAULT == null ? headingEn != null : !HEADING_EN_EDEFAULT.equals(headingEn);
			case PhaenPackage.NARRATIVE_SECTION__BLOCKS:
				return blocks != null && !blocks.isEmpty();
			case PhaenPackage.NARRATIVE_SECTION__TABLES_AFTER:
				return tablesAfter != null && !tablesAfter.isEmpty();
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
		result.append(", heading: ");
		result.append(heading);
		result.append(", headingEn: ");
		result.append(headingEn);
		result.append(", tablesAfter: ");
		result.append(tablesAfter);
		result.append(')');
		return result.toString();
	}

} //NarrativeSectionImpl
