/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An agency's integrated annual action plan (แผนปฏิบัติราชการประจำปี) for one fiscal year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.ActionPlan#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.phaen.model.ActionPlan#getStrategicPlan <em>Strategic Plan</em>}</li>
 *   <li>{@link org.phaen.model.ActionPlan#getProjects <em>Projects</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getActionPlan()
 * @model
 * @generated
 */
public interface ActionPlan extends PlanDocument {
	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.phaen.model.PhaenPackage#getActionPlan_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.phaen.model.ActionPlan#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Strategic Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategic Plan</em>' reference.
	 * @see #setStrategicPlan(StrategicPlan)
	 * @see org.phaen.model.PhaenPackage#getActionPlan_StrategicPlan()
	 * @model
	 * @generated
	 */
	StrategicPlan getStrategicPlan();

	/**
	 * Sets the value of the '{@link org.phaen.model.ActionPlan#getStrategicPlan <em>Strategic Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategic Plan</em>' reference.
	 * @see #getStrategicPlan()
	 * @generated
	 */
	void setStrategicPlan(StrategicPlan value);

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Project}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projects</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getActionPlan_Projects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Project> getProjects();

} // ActionPlan
