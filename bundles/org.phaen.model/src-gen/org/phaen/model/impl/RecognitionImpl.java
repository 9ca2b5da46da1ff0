/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.phaen.model.Organization;
import org.phaen.model.Party;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Project;
import org.phaen.model.Recognition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recognition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.RecognitionImpl#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.phaen.model.impl.RecognitionImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.phaen.model.impl.RecognitionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.phaen.model.impl.RecognitionImpl#getContribution <em>Contribution</em>}</li>
 *   <li>{@link org.phaen.model.impl.RecognitionImpl#getAwardedBy <em>Awarded By</em>}</li>
 *   <li>{@link org.phaen.model.impl.RecognitionImpl#getRelatedProjects <em>Related Projects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecognitionImpl extends NamedImpl implements Recognition {
	/**
	 * The cached value of the '{@link #getRecipient() <em>Recipient</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected Party recipient;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContribution() <em>Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContribution()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTRIBUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContribution() <em>Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContribution()
	 * @generated
	 * @ordered
	 */
	protected String contribution = CONTRIBUTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAwardedBy() <em>Awarded By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwardedBy()
	 * @generated
	 * @ordered
	 */
	protected Organization awardedBy;

	/**
	 * The cached value of the '{@link #getRelatedProjects() <em>Related Projects</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<Project> relatedProjects;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecognitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.RECOGNITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getRecipient() {
		if (recipient != null && recipient.eIsProxy()) {
			InternalEObject oldRecipient = (InternalEObject)recipient;
			recipient = (Party)eResolveProxy(oldRecipient);
			if (recipient != oldRecipient) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.RECOGNITION__RECIPIENT, oldRecipient, recipient));
			}
		}
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetRecipient() {
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipient(Party newRecipient) {
		Party oldRecipient = recipient;
		recipient = newRecipient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.RECOGNITION__RECIPIENT, oldRecipient, recipient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.RECOGNITION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.RECOGNITION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContribution() {
		return contribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContribution(String newContribution) {
		String oldContribution = contribution;
		contribution = newContribution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.RECOGNITION__CONTRIBUTION, oldContribution, contribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getAwardedBy() {
		if (awardedBy != null && awardedBy.eIsProxy()) {
			InternalEObject oldAwardedBy = (InternalEObject)awardedBy;
			awardedBy = (Organization)eResolveProxy(oldAwardedBy);
			if (awardedBy != oldAwardedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.RECOGNITION__AWARDED_BY, oldAwardedBy, awardedBy));
			}
		}
		return awardedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetAwardedBy() {
		return awardedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAwardedBy(Organization newAwardedBy) {
		Organization oldAwardedBy = awardedBy;
		awardedBy = newAwardedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.RECOGNITION__AWARDED_BY, oldAwardedBy, awardedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Project> getRelatedProjects() {
		if (relatedProjects == null) {
			relatedProjects = new EObjectResolvingEList<Project>(Project.class, this, PhaenPackage.RECOGNITION__RELATED_PROJECTS);
		}
		return relatedProjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PhaenPackage.RECOGNITION__RECIPIENT:
				if (resolve) return getRecipient();
				return basicGetRecipient();
			case PhaenPackage.RECOGNITION__REASON:
				return getReason();
			case PhaenPackage.RECOGNITION__DATE:
				return getDate();
			case PhaenPackage.RECOGNITION__CONTRIBUTION:
				return getContribution();
			case PhaenPackage.RECOGNITION__AWARDED_BY:
				if (resolve) return getAwardedBy();
				return basicGetAwardedBy();
			case PhaenPackage.RECOGNITION__RELATED_PROJECTS:
				return getRelatedProjects();
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
			case PhaenPackage.RECOGNITION__RECIPIENT:
				setRecipient((Party)newValue);
				return;
			case PhaenPackage.RECOGNITION__REASON:
				setReason((String)newValue);
				return;
			case PhaenPackage.RECOGNITION__DATE:
				setDate((LocalDate)newValue);
				return;
			case PhaenPackage.RECOGNITION__CONTRIBUTION:
				setContribution((String)newValue);
				return;
			case PhaenPackage.RECOGNITION__AWARDED_BY:
				setAwardedBy((Organization)newValue);
				return;
			case PhaenPackage.RECOGNITION__RELATED_PROJECTS:
				getRelatedProjects().clear();
				getRelatedProjects().addAll((Collection<? extends Project>)newValue);
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
			case PhaenPackage.RECOGNITION__RECIPIENT:
				setRecipient((Party)null);
				return;
			case PhaenPackage.RECOGNITION__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case PhaenPackage.RECOGNITION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PhaenPackage.RECOGNITION__CONTRIBUTION:
				setContribution(CONTRIBUTION_EDEFAULT);
				return;
			case PhaenPackage.RECOGNITION__AWARDED_BY:
				setAwardedBy((Organization)null);
				return;
			case PhaenPackage.RECOGNITION__RELATED_PROJECTS:
				getRelatedProjects().clear();
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
			case PhaenPackage.RECOGNITION__RECIPIENT:
				return recipient != null;
			case PhaenPackage.RECOGNITION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case PhaenPackage.RECOGNITION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PhaenPackage.RECOGNITION__CONTRIBUTION:
				return CONTRIBUTION_EDEFAULT == null ? contribution != null : !CONTRIBUTION_EDEFAULT.equals(contribution);
			case PhaenPackage.RECOGNITION__AWARDED_BY:
				return awardedBy != null;
			case PhaenPackage.RECOGNITION__RELATED_PROJECTS:
				return relatedProjects != null && !relatedProjects.isEmpty();
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
		result.append(" (reason: ");
		result.append(reason);
		result.append(", date: ");
		result.append(date);
		result.append(", contribution: ");
		result.append(contribution);
		result.append(')');
		return result.toString();
	}

} //RecognitionImpl
