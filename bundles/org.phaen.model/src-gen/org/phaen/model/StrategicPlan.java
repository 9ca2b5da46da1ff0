/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategic Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A multi-year plan (national strategy, master plan, ministry policy, regional or provincial plan); period in B.E. fiscal years.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.StrategicPlan#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.phaen.model.StrategicPlan#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.phaen.model.StrategicPlan#getVision <em>Vision</em>}</li>
 *   <li>{@link org.phaen.model.StrategicPlan#getVisionEn <em>Vision En</em>}</li>
 *   <li>{@link org.phaen.model.StrategicPlan#getMissions <em>Missions</em>}</li>
 *   <li>{@link org.phaen.model.StrategicPlan#getStrategicIssues <em>Strategic Issues</em>}</li>
 *   <li>{@link org.phaen.model.StrategicPlan#getCoreValues <em>Core Values</em>}</li>
 *   <li>{@link org.phaen.model.StrategicPlan#getSwotItems <em>Swot Items</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getStrategicPlan()
 * @model
 * @generated
 */
public interface StrategicPlan extends PlanDocument {
	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(int)
	 * @see org.phaen.model.PhaenPackage#getStrategicPlan_StartYear()
	 * @model
	 * @generated
	 */
	int getStartYear();

	/**
	 * Sets the value of the '{@link org.phaen.model.StrategicPlan#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see org.phaen.model.PhaenPackage#getStrategicPlan_EndYear()
	 * @model
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link org.phaen.model.StrategicPlan#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

	/**
	 * Returns the value of the '<em><b>Vision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vision</em>' attribute.
	 * @see #setVision(String)
	 * @see org.phaen.model.PhaenPackage#getStrategicPlan_Vision()
	 * @model
	 * @generated
	 */
	String getVision();

	/**
	 * Sets the value of the '{@link org.phaen.model.StrategicPlan#getVision <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vision</em>' attribute.
	 * @see #getVision()
	 * @generated
	 */
	void setVision(String value);

	/**
	 * Returns the value of the '<em><b>Vision En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vision En</em>' attribute.
	 * @see #setVisionEn(String)
	 * @see org.phaen.model.PhaenPackage#getStrategicPlan_VisionEn()
	 * @model
	 * @generated
	 */
	String getVisionEn();

	/**
	 * Sets the value of the '{@link org.phaen.model.StrategicPlan#getVisionEn <em>Vision En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vision En</em>' attribute.
	 * @see #getVisionEn()
	 * @generated
	 */
	void setVisionEn(String value);

	/**
	 * Returns the value of the '<em><b>Missions</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Mission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missions</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getStrategicPlan_Missions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mission> getMissions();

	/**
	 * Returns the value of the '<em><b>Strategic Issues</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.StrategicIssue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategic Issues</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getStrategicPlan_StrategicIssues()
	 * @model containment="true"
	 * @generated
	 */
	EList<StrategicIssue> getStrategicIssues();

	/**
	 * Returns the value of the '<em><b>Core Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.CoreValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The office's core values (ค่านิยมองค์กร), in the order the plan states them (model 1.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Core Values</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getStrategicPlan_CoreValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<CoreValue> getCoreValues();

	/**
	 * Returns the value of the '<em><b>Swot Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The environment analysis (SWOT): strengths, weaknesses, opportunities and threats, each an item of its kind, in the order the plan states them (model 1.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swot Items</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getStrategicPlan_SwotItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<SwotItem> getSwotItems();

} // StrategicPlan
