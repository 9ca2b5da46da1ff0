/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .phaen file: plan documents plus the office's directories of partners, budget sources, committees and monitoring.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.PlanModel#getTitle <em>Title</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#isExampleData <em>Example Data</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getPeople <em>People</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getLearningResources <em>Learning Resources</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getFundingSources <em>Funding Sources</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getMous <em>Mous</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getCommittees <em>Committees</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getRecognitions <em>Recognitions</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getDriveActivities <em>Drive Activities</em>}</li>
 *   <li>{@link org.phaen.model.PlanModel#getMonitoringPlans <em>Monitoring Plans</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getPlanModel()
 * @model
 * @generated
 */
public interface PlanModel extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.phaen.model.PhaenPackage#getPlanModel_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanModel#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Version</em>' attribute.
	 * @see #setModelVersion(String)
	 * @see org.phaen.model.PhaenPackage#getPlanModel_ModelVersion()
	 * @model
	 * @generated
	 */
	String getModelVersion();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanModel#getModelVersion <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Version</em>' attribute.
	 * @see #getModelVersion()
	 * @generated
	 */
	void setModelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Example Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Example Data</em>' attribute.
	 * @see #setExampleData(boolean)
	 * @see org.phaen.model.PhaenPackage#getPlanModel_ExampleData()
	 * @model
	 * @generated
	 */
	boolean isExampleData();

	/**
	 * Sets the value of the '{@link org.phaen.model.PlanModel#isExampleData <em>Example Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example Data</em>' attribute.
	 * @see #isExampleData()
	 * @generated
	 */
	void setExampleData(boolean value);

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.PlanDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanDocument> getPlans();

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_Organizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Learning Resources</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.LearningResource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Resources</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_LearningResources()
	 * @model containment="true"
	 * @generated
	 */
	EList<LearningResource> getLearningResources();

	/**
	 * Returns the value of the '<em><b>Funding Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.FundingSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funding Sources</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_FundingSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<FundingSource> getFundingSources();

	/**
	 * Returns the value of the '<em><b>Mous</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Mou}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mous</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_Mous()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mou> getMous();

	/**
	 * Returns the value of the '<em><b>Committees</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Committee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Committees</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_Committees()
	 * @model containment="true"
	 * @generated
	 */
	EList<Committee> getCommittees();

	/**
	 * Returns the value of the '<em><b>Recognitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Recognition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recognitions</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_Recognitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recognition> getRecognitions();

	/**
	 * Returns the value of the '<em><b>Drive Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.DriveActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drive Activities</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_DriveActivities()
	 * @model containment="true"
	 * @generated
	 */
	EList<DriveActivity> getDriveActivities();

	/**
	 * Returns the value of the '<em><b>Monitoring Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.MonitoringPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monitoring Plans</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanModel_MonitoringPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<MonitoringPlan> getMonitoringPlans();

} // PlanModel
