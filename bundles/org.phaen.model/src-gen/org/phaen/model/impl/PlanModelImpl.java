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

import org.phaen.model.Committee;
import org.phaen.model.DriveActivity;
import org.phaen.model.FundingSource;
import org.phaen.model.LearningResource;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Mou;
import org.phaen.model.Organization;
import org.phaen.model.Person;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Recognition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#isExampleData <em>Example Data</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getLearningResources <em>Learning Resources</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getFundingSources <em>Funding Sources</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getMous <em>Mous</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getCommittees <em>Committees</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getRecognitions <em>Recognitions</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getDriveActivities <em>Drive Activities</em>}</li>
 *   <li>{@link org.phaen.model.impl.PlanModelImpl#getMonitoringPlans <em>Monitoring Plans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanModelImpl extends IdentifiedImpl implements PlanModel {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected String modelVersion = MODEL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isExampleData() <em>Example Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExampleData()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXAMPLE_DATA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExampleData() <em>Example Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExampleData()
	 * @generated
	 * @ordered
	 */
	protected boolean exampleData = EXAMPLE_DATA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanDocument> plans;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getLearningResources() <em>Learning Resources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningResources()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningResource> learningResources;

	/**
	 * The cached value of the '{@link #getFundingSources() <em>Funding Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingSources()
	 * @generated
	 * @ordered
	 */
	protected EList<FundingSource> fundingSources;

	/**
	 * The cached value of the '{@link #getMous() <em>Mous</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMous()
	 * @generated
	 * @ordered
	 */
	protected EList<Mou> mous;

	/**
	 * The cached value of the '{@link #getCommittees() <em>Committees</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommittees()
	 * @generated
	 * @ordered
	 */
	protected EList<Committee> committees;

	/**
	 * The cached value of the '{@link #getRecognitions() <em>Recognitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Recognition> recognitions;

	/**
	 * The cached value of the '{@link #getDriveActivities() <em>Drive Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriveActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<DriveActivity> driveActivities;

	/**
	 * The cached value of the '{@link #getMonitoringPlans() <em>Monitoring Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitoringPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<MonitoringPlan> monitoringPlans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.PLAN_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_MODEL__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelVersion() {
		return modelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelVersion(String newModelVersion) {
		String oldModelVersion = modelVersion;
		modelVersion = newModelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_MODEL__MODEL_VERSION, oldModelVersion, modelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExampleData() {
		return exampleData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExampleData(boolean newExampleData) {
		boolean oldExampleData = exampleData;
		exampleData = newExampleData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PLAN_MODEL__EXAMPLE_DATA, oldExampleData, exampleData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanDocument> getPlans() {
		if (plans == null) {
			plans = new EObjectContainmentEList<PlanDocument>(PlanDocument.class, this, PhaenPackage.PLAN_MODEL__PLANS);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectContainmentEList<Organization>(Organization.class, this, PhaenPackage.PLAN_MODEL__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, PhaenPackage.PLAN_MODEL__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningResource> getLearningResources() {
		if (learningResources == null) {
			learningResources = new EObjectContainmentEList<LearningResource>(LearningResource.class, this, PhaenPackage.PLAN_MODEL__LEARNING_RESOURCES);
		}
		return learningResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FundingSource> getFundingSources() {
		if (fundingSources == null) {
			fundingSources = new EObjectContainmentEList<FundingSource>(FundingSource.class, this, PhaenPackage.PLAN_MODEL__FUNDING_SOURCES);
		}
		return fundingSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mou> getMous() {
		if (mous == null) {
			mous = new EObjectContainmentEList<Mou>(Mou.class, this, PhaenPackage.PLAN_MODEL__MOUS);
		}
		return mous;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Committee> getCommittees() {
		if (committees == null) {
			committees = new EObjectContainmentEList<Committee>(Committee.class, this, PhaenPackage.PLAN_MODEL__COMMITTEES);
		}
		return committees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recognition> getRecognitions() {
		if (recognitions == null) {
			recognitions = new EObjectContainmentEList<Recognition>(Recognition.class, this, PhaenPackage.PLAN_MODEL__RECOGNITIONS);
		}
		return recognitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DriveActivity> getDriveActivities() {
		if (driveActivities == null) {
			driveActivities = new EObjectContainmentEList<DriveActivity>(DriveActivity.class, this, PhaenPackage.PLAN_MODEL__DRIVE_ACTIVITIES);
		}
		return driveActivities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MonitoringPlan> getMonitoringPlans() {
		if (monitoringPlans == null) {
			monitoringPlans = new EObjectContainmentEList<MonitoringPlan>(MonitoringPlan.class, this, PhaenPackage.PLAN_MODEL__MONITORING_PLANS);
		}
		return monitoringPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.PLAN_MODEL__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_MODEL__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_MODEL__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_MODEL__LEARNING_RESOURCES:
				return ((InternalEList<?>)getLearningResources()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_MODEL__FUNDING_SOURCES:
				return ((InternalEList<?>)getFundingSources()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_MODEL__MOUS:
				return ((InternalEList<?>)getMous()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_MODEL__COMMITTEES:
				return ((InternalEList<?>)getCommittees()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_MODEL__RECOGNITIONS:
				return ((InternalEList<?>)getRecognitions()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_MODEL__DRIVE_ACTIVITIES:
				return ((InternalEList<?>)getDriveActivities()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PLAN_MODEL__MONITORING_PLANS:
				return ((InternalEList<?>)getMonitoringPlans()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.PLAN_MODEL__TITLE:
				return getTitle();
			case PhaenPackage.PLAN_MODEL__MODEL_VERSION:
				return getModelVersion();
			case PhaenPackage.PLAN_MODEL__EXAMPLE_DATA:
				return isExampleData();
			case PhaenPackage.PLAN_MODEL__PLANS:
				return getPlans();
			case PhaenPackage.PLAN_MODEL__ORGANIZATIONS:
				return getOrganizations();
			case PhaenPackage.PLAN_MODEL__PEOPLE:
				return getPeople();
			case PhaenPackage.PLAN_MODEL__LEARNING_RESOURCES:
				return getLearningResources();
			case PhaenPackage.PLAN_MODEL__FUNDING_SOURCES:
				return getFundingSources();
			case PhaenPackage.PLAN_MODEL__MOUS:
				return getMous();
			case PhaenPackage.PLAN_MODEL__COMMITTEES:
				return getCommittees();
			case PhaenPackage.PLAN_MODEL__RECOGNITIONS:
				return getRecognitions();
			case PhaenPackage.PLAN_MODEL__DRIVE_ACTIVITIES:
				return getDriveActivities();
			case PhaenPackage.PLAN_MODEL__MONITORING_PLANS:
				return getMonitoringPlans();
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
			case PhaenPackage.PLAN_MODEL__TITLE:
				setTitle((String)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__MODEL_VERSION:
				setModelVersion((String)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__EXAMPLE_DATA:
				setExampleData((Boolean)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends PlanDocument>)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__LEARNING_RESOURCES:
				getLearningResources().clear();
				getLearningResources().addAll((Collection<? extends LearningResource>)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__FUNDING_SOURCES:
				getFundingSources().clear();
				getFundingSources().addAll((Collection<? extends FundingSource>)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__MOUS:
				getMous().clear();
				getMous().addAll((Collection<? extends Mou>)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__COMMITTEES:
				getCommittees().clear();
				getCommittees().addAll((Collection<? extends Committee>)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__RECOGNITIONS:
				getRecognitions().clear();
				getRecognitions().addAll((Collection<? extends Recognition>)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__DRIVE_ACTIVITIES:
				getDriveActivities().clear();
				getDriveActivities().addAll((Collection<? extends DriveActivity>)newValue);
				return;
			case PhaenPackage.PLAN_MODEL__MONITORING_PLANS:
				getMonitoringPlans().clear();
				getMonitoringPlans().addAll((Collection<? extends MonitoringPlan>)newValue);
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
			case PhaenPackage.PLAN_MODEL__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PhaenPackage.PLAN_MODEL__MODEL_VERSION:
				setModelVersion(MODEL_VERSION_EDEFAULT);
				return;
			case PhaenPackage.PLAN_MODEL__EXAMPLE_DATA:
				setExampleData(EXAMPLE_DATA_EDEFAULT);
				return;
			case PhaenPackage.PLAN_MODEL__PLANS:
				getPlans().clear();
				return;
			case PhaenPackage.PLAN_MODEL__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case PhaenPackage.PLAN_MODEL__PEOPLE:
				getPeople().clear();
				return;
			case PhaenPackage.PLAN_MODEL__LEARNING_RESOURCES:
				getLearningResources().clear();
				return;
			case PhaenPackage.PLAN_MODEL__FUNDING_SOURCES:
				getFundingSources().clear();
				return;
			case PhaenPackage.PLAN_MODEL__MOUS:
				getMous().clear();
				return;
			case PhaenPackage.PLAN_MODEL__COMMITTEES:
				getCommittees().clear();
				return;
			case PhaenPackage.PLAN_MODEL__RECOGNITIONS:
				getRecognitions().clear();
				return;
			case PhaenPackage.PLAN_MODEL__DRIVE_ACTIVITIES:
				getDriveActivities().clear();
				return;
			case PhaenPackage.PLAN_MODEL__MONITORING_PLANS:
				getMonitoringPlans().clear();
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
			case PhaenPackage.PLAN_MODEL__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PhaenPackage.PLAN_MODEL__MODEL_VERSION:
				return MODEL_VERSION_EDEFAULT == null ? modelVersion != null : !MODEL_VERSION_EDEFAULT.equals(modelVersion);
			case PhaenPackage.PLAN_MODEL__EXAMPLE_DATA:
				return exampleData != EXAMPLE_DATA_EDEFAULT;
			case PhaenPackage.PLAN_MODEL__PLANS:
				return plans != null && !plans.isEmpty();
			case PhaenPackage.PLAN_MODEL__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case PhaenPackage.PLAN_MODEL__PEOPLE:
				return people != null && !people.isEmpty();
			case PhaenPackage.PLAN_MODEL__LEARNING_RESOURCES:
				return learningResources != null && !learningResources.isEmpty();
			case PhaenPackage.PLAN_MODEL__FUNDING_SOURCES:
				return fundingSources != null && !fundingSources.isEmpty();
			case PhaenPackage.PLAN_MODEL__MOUS:
				return mous != null && !mous.isEmpty();
			case PhaenPackage.PLAN_MODEL__COMMITTEES:
				return committees != null && !committees.isEmpty();
			case PhaenPackage.PLAN_MODEL__RECOGNITIONS:
				return recognitions != null && !recognitions.isEmpty();
			case PhaenPackage.PLAN_MODEL__DRIVE_ACTIVITIES:
				return driveActivities != null && !driveActivities.isEmpty();
			case PhaenPackage.PLAN_MODEL__MONITORING_PLANS:
				return monitoringPlans != null && !monitoringPlans.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", modelVersion: ");
		result.append(modelVersion);
		result.append(", exampleData: ");
		result.append(exampleData);
		result.append(')');
		return result.toString();
	}

} //PlanModelImpl
