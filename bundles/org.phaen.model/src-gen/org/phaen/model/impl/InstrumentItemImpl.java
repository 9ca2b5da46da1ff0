/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.Named;
import org.phaen.model.PhaenPackage;
import org.phaen.model.RatingScale;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#getItemKind <em>Item Kind</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#getSection <em>Section</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#getSectionEn <em>Section En</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#getHint <em>Hint</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#getHintEn <em>Hint En</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#getGeneratorKey <em>Generator Key</em>}</li>
 *   <li>{@link org.phaen.model.impl.InstrumentItemImpl#isUserEdited <em>User Edited</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentItemImpl extends NamedImpl implements InstrumentItem {
	/**
	 * The default value of the '{@link #getItemKind() <em>Item Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemKind()
	 * @generated
	 * @ordered
	 */
	protected static final ItemKind ITEM_KIND_EDEFAULT = ItemKind.NUMBER;

	/**
	 * The cached value of the '{@link #getItemKind() <em>Item Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemKind()
	 * @generated
	 * @ordered
	 */
	protected ItemKind itemKind = ITEM_KIND_EDEFAULT;

	/**
	 * This is true if the Item Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean itemKindESet;

	/**
	 * The default value of the '{@link #getSection() <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSection()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSection() <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSection()
	 * @generated
	 * @ordered
	 */
	protected String section = SECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSectionEn() <em>Section En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionEn()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSectionEn() <em>Section En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionEn()
	 * @generated
	 * @ordered
	 */
	protected String sectionEn = SECTION_EN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndicator() <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator()
	 * @generated
	 * @ordered
	 */
	protected Indicator indicator;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected Named subject;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected RatingScale scale;

	/**
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHint() <em>Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHint()
	 * @generated
	 * @ordered
	 */
	protected static final String HINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHint() <em>Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHint()
	 * @generated
	 * @ordered
	 */
	protected String hint = HINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHintEn() <em>Hint En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHintEn()
	 * @generated
	 * @ordered
	 */
	protected static final String HINT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHintEn() <em>Hint En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHintEn()
	 * @generated
	 * @ordered
	 */
	protected String hintEn = HINT_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getGeneratorKey() <em>Generator Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneratorKey()
	 * @generated
	 * @ordered
	 */
	protected static final String GENERATOR_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeneratorKey() <em>Generator Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneratorKey()
	 * @generated
	 * @ordered
	 */
	protected String generatorKey = GENERATOR_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #isUserEdited() <em>User Edited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserEdited()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USER_EDITED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUserEdited() <em>User Edited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserEdited()
	 * @generated
	 * @ordered
	 */
	protected boolean userEdited = USER_EDITED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.INSTRUMENT_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemKind getItemKind() {
		return itemKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemKind(ItemKind newItemKind) {
		ItemKind oldItemKind = itemKind;
		itemKind = newItemKind == null ? ITEM_KIND_EDEFAULT : newItemKind;
		boolean oldItemKindESet = itemKindESet;
		itemKindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__ITEM_KIND, oldItemKind, itemKind, !oldItemKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetItemKind() {
		ItemKind oldItemKind = itemKind;
		boolean oldItemKindESet = itemKindESet;
		itemKind = ITEM_KIND_EDEFAULT;
		itemKindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.INSTRUMENT_ITEM__ITEM_KIND, oldItemKind, ITEM_KIND_EDEFAULT, oldItemKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetItemKind() {
		return itemKindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSection() {
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSection(String newSection) {
		String oldSection = section;
		section = newSection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__SECTION, oldSection, section));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSectionEn() {
		return sectionEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSectionEn(String newSectionEn) {
		String oldSectionEn = sectionEn;
		sectionEn = newSectionEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__SECTION_EN, oldSectionEn, sectionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator getIndicator() {
		if (indicator != null && indicator.eIsProxy()) {
			InternalEObject oldIndicator = (InternalEObject)indicator;
			indicator = (Indicator)eResolveProxy(oldIndicator);
			if (indicator != oldIndicator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.INSTRUMENT_ITEM__INDICATOR, oldIndicator, indicator));
			}
		}
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Indicator basicGetIndicator() {
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator(Indicator newIndicator) {
		Indicator oldIndicator = indicator;
		indicator = newIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__INDICATOR, oldIndicator, indicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Named getSubject() {
		if (subject != null && subject.eIsProxy()) {
			InternalEObject oldSubject = (InternalEObject)subject;
			subject = (Named)eResolveProxy(oldSubject);
			if (subject != oldSubject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.INSTRUMENT_ITEM__SUBJECT, oldSubject, subject));
			}
		}
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Named basicGetSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(Named newSubject) {
		Named oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RatingScale getScale() {
		if (scale != null && scale.eIsProxy()) {
			InternalEObject oldScale = (InternalEObject)scale;
			scale = (RatingScale)eResolveProxy(oldScale);
			if (scale != oldScale) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.INSTRUMENT_ITEM__SCALE, oldScale, scale));
			}
		}
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RatingScale basicGetScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(RatingScale newScale) {
		RatingScale oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired) {
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHint() {
		return hint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHint(String newHint) {
		String oldHint = hint;
		hint = newHint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__HINT, oldHint, hint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHintEn() {
		return hintEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHintEn(String newHintEn) {
		String oldHintEn = hintEn;
		hintEn = newHintEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__HINT_EN, oldHintEn, hintEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGeneratorKey() {
		return generatorKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneratorKey(String newGeneratorKey) {
		String oldGeneratorKey = generatorKey;
		generatorKey = newGeneratorKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__GENERATOR_KEY, oldGeneratorKey, generatorKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUserEdited() {
		return userEdited;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserEdited(boolean newUserEdited) {
		boolean oldUserEdited = userEdited;
		userEdited = newUserEdited;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.INSTRUMENT_ITEM__USER_EDITED, oldUserEdited, userEdited));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.INSTRUMENT_ITEM__ITEM_KIND:
				return getItemKind();
			case PhaenPackage.INSTRUMENT_ITEM__SECTION:
				return getSection();
			case PhaenPackage.INSTRUMENT_ITEM__SECTION_EN:
				return getSectionEn();
			case PhaenPackage.INSTRUMENT_ITEM__INDICATOR:
				if (resolve) return getIndicator();
				return basicGetIndicator();
			case PhaenPackage.INSTRUMENT_ITEM__SUBJECT:
				if (resolve) return getSubject();
				return basicGetSubject();
			case PhaenPackage.INSTRUMENT_ITEM__SCALE:
				if (resolve) return getScale();
				return basicGetScale();
			case PhaenPackage.INSTRUMENT_ITEM__REQUIRED:
				return isRequired();
			case PhaenPackage.INSTRUMENT_ITEM__HINT:
				return getHint();
			case PhaenPackage.INSTRUMENT_ITEM__HINT_EN:
				return getHintEn();
			case PhaenPackage.INSTRUMENT_ITEM__GENERATOR_KEY:
				return getGeneratorKey();
			case PhaenPackage.INSTRUMENT_ITEM__USER_EDITED:
				return isUserEdited();
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
			case PhaenPackage.INSTRUMENT_ITEM__ITEM_KIND:
				setItemKind((ItemKind)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__SECTION:
				setSection((String)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__SECTION_EN:
				setSectionEn((String)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__INDICATOR:
				setIndicator((Indicator)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__SUBJECT:
				setSubject((Named)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__SCALE:
				setScale((RatingScale)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__HINT:
				setHint((String)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__HINT_EN:
				setHintEn((String)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__GENERATOR_KEY:
				setGeneratorKey((String)newValue);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__USER_EDITED:
				setUserEdited((Boolean)newValue);
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
			case PhaenPackage.INSTRUMENT_ITEM__ITEM_KIND:
				unsetItemKind();
				return;
			case PhaenPackage.INSTRUMENT_ITEM__SECTION:
				setSection(SECTION_EDEFAULT);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__SECTION_EN:
				setSectionEn(SECTION_EN_EDEFAULT);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__INDICATOR:
				setIndicator((Indicator)null);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__SUBJECT:
				setSubject((Named)null);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__SCALE:
				setScale((RatingScale)null);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__HINT:
				setHint(HINT_EDEFAULT);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__HINT_EN:
				setHintEn(HINT_EN_EDEFAULT);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__GENERATOR_KEY:
				setGeneratorKey(GENERATOR_KEY_EDEFAULT);
				return;
			case PhaenPackage.INSTRUMENT_ITEM__USER_EDITED:
				setUserEdited(USER_EDITED_EDEFAULT);
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
			case PhaenPackage.INSTRUMENT_ITEM__ITEM_KIND:
				return isSetItemKind();
			case PhaenPackage.INSTRUMENT_ITEM__SECTION:
				return SECTION_EDEFAULT == null ? section != null : !SECTION_EDEFAULT.equals(section);
			case PhaenPackage.INSTRUMENT_ITEM__SECTION_EN:
				return SECTION_EN_EDEFAULT == null ? sectionEn != null : !SECTION_EN_EDEFAULT.equals(sectionEn);
			case PhaenPackage.INSTRUMENT_ITEM__INDICATOR:
				return indicator != null;
			case PhaenPackage.INSTRUMENT_ITEM__SUBJECT:
				return subject != null;
			case PhaenPackage.INSTRUMENT_ITEM__SCALE:
				return scale != null;
			case PhaenPackage.INSTRUMENT_ITEM__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case PhaenPackage.INSTRUMENT_ITEM__HINT:
				return HINT_EDEFAULT == null ? hint != null : !HINT_EDEFAULT.equals(hint);
			case PhaenPackage.INSTRUMENT_ITEM__HINT_EN:
				return HINT_EN_EDEFAULT == null ? hintEn != null : !HINT_EN_EDEFAULT.equals(hintEn);
			case PhaenPackage.INSTRUMENT_ITEM__GENERATOR_KEY:
				return GENERATOR_KEY_EDEFAULT == null ? generatorKey != null : !GENERATOR_KEY_EDEFAULT.equals(generatorKey);
			case PhaenPackage.INSTRUMENT_ITEM__USER_EDITED:
				return userEdited != USER_EDITED_EDEFAULT;
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
		result.append(" (itemKind: ");
		if (itemKindESet) result.append(itemKind); else result.append("<unset>");
		result.append(", section: ");
		result.append(section);
		result.append(", sectionEn: ");
		result.append(sectionEn);
		result.append(", required: ");
		result.append(required);
		result.append(", hint: ");
		result.append(hint);
		result.append(", hintEn: ");
		result.append(hintEn);
		result.append(", generatorKey: ");
		result.append(generatorKey);
		result.append(", userEdited: ");
		result.append(userEdited);
		result.append(')');
		return result.toString();
	}

} //InstrumentItemImpl
