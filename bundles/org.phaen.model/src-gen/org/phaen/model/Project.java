/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A project (โครงการ) of an action plan implementing strategies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Project#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.phaen.model.Project#getBudgetTotal <em>Budget Total</em>}</li>
 *   <li>{@link org.phaen.model.Project#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.phaen.model.Project#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.phaen.model.Project#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.phaen.model.Project#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link org.phaen.model.Project#getLocation <em>Location</em>}</li>
 *   <li>{@link org.phaen.model.Project#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.phaen.model.Project#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.phaen.model.Project#getStatus <em>Status</em>}</li>
 *   <li>{@link org.phaen.model.Project#getResponsibleOrganization <em>Responsible Organization</em>}</li>
 *   <li>{@link org.phaen.model.Project#getResponsiblePerson <em>Responsible Person</em>}</li>
 *   <li>{@link org.phaen.model.Project#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.phaen.model.Project#getLearningResources <em>Learning Resources</em>}</li>
 *   <li>{@link org.phaen.model.Project#getResourcePersons <em>Resource Persons</em>}</li>
 *   <li>{@link org.phaen.model.Project#getImplementsStrategies <em>Implements Strategies</em>}</li>
 *   <li>{@link org.phaen.model.Project#getMeasuredBy <em>Measured By</em>}</li>
 *   <li>{@link org.phaen.model.Project#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.phaen.model.Project#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.phaen.model.Project#getBudgetLines <em>Budget Lines</em>}</li>
 *   <li>{@link org.phaen.model.Project#getProjectKind <em>Project Kind</em>}</li>
 *   <li>{@link org.phaen.model.Project#getBudgetProgramme <em>Budget Programme</em>}</li>
 *   <li>{@link org.phaen.model.Project#getSdgGoals <em>Sdg Goals</em>}</li>
 *   <li>{@link org.phaen.model.Project#getSpendingPlan <em>Spending Plan</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.phaen.model.PhaenPackage#getProject_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Budget Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Total</em>' attribute.
	 * @see #setBudgetTotal(BigDecimal)
	 * @see org.phaen.model.PhaenPackage#getProject_BudgetTotal()
	 * @model dataType="org.phaen.model.Decimal"
	 * @generated
	 */
	BigDecimal getBudgetTotal();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getBudgetTotal <em>Budget Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Total</em>' attribute.
	 * @see #getBudgetTotal()
	 * @generated
	 */
	void setBudgetTotal(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' attribute list.
	 * @see org.phaen.model.PhaenPackage#getProject_Objectives()
	 * @model
	 * @generated
	 */
	EList<String> getObjectives();

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outputs</em>' attribute list.
	 * @see org.phaen.model.PhaenPackage#getProject_Outputs()
	 * @model
	 * @generated
	 */
	EList<String> getOutputs();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' attribute list.
	 * @see org.phaen.model.PhaenPackage#getProject_Outcomes()
	 * @model
	 * @generated
	 */
	EList<String> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Target Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.TargetGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Groups</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_TargetGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<TargetGroup> getTargetGroups();

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.phaen.model.PhaenPackage#getProject_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getProject_StartDate()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getProject_EndDate()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.ProjectStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.phaen.model.ProjectStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(ProjectStatus)
	 * @see org.phaen.model.PhaenPackage#getProject_Status()
	 * @model unsettable="true"
	 * @generated
	 */
	ProjectStatus getStatus();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.phaen.model.ProjectStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProjectStatus value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.Project#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(ProjectStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.Project#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(ProjectStatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Responsible Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Organization</em>' reference.
	 * @see #setResponsibleOrganization(Organization)
	 * @see org.phaen.model.PhaenPackage#getProject_ResponsibleOrganization()
	 * @model
	 * @generated
	 */
	Organization getResponsibleOrganization();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getResponsibleOrganization <em>Responsible Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Organization</em>' reference.
	 * @see #getResponsibleOrganization()
	 * @generated
	 */
	void setResponsibleOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Responsible Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Person</em>' reference.
	 * @see #setResponsiblePerson(Person)
	 * @see org.phaen.model.PhaenPackage#getProject_ResponsiblePerson()
	 * @model
	 * @generated
	 */
	Person getResponsiblePerson();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getResponsiblePerson <em>Responsible Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Person</em>' reference.
	 * @see #getResponsiblePerson()
	 * @generated
	 */
	void setResponsiblePerson(Person value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_Partners()
	 * @model
	 * @generated
	 */
	EList<Organization> getPartners();

	/**
	 * Returns the value of the '<em><b>Learning Resources</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.LearningResource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Resources</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_LearningResources()
	 * @model
	 * @generated
	 */
	EList<LearningResource> getLearningResources();

	/**
	 * Returns the value of the '<em><b>Resource Persons</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Persons</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_ResourcePersons()
	 * @model
	 * @generated
	 */
	EList<Person> getResourcePersons();

	/**
	 * Returns the value of the '<em><b>Implements Strategies</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Implements Strategies</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_ImplementsStrategies()
	 * @model
	 * @generated
	 */
	EList<Strategy> getImplementsStrategies();

	/**
	 * Returns the value of the '<em><b>Measured By</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measured By</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_MeasuredBy()
	 * @model
	 * @generated
	 */
	EList<Indicator> getMeasuredBy();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Activity> getActivities();

	/**
	 * Returns the value of the '<em><b>Budget Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Lines</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_BudgetLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getBudgetLines();

	/**
	 * Returns the value of the '<em><b>Project Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.ProjectKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A project proper or an ongoing operation (eMENSCR asks which; model 1.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Project Kind</em>' attribute.
	 * @see org.phaen.model.ProjectKind
	 * @see #isSetProjectKind()
	 * @see #unsetProjectKind()
	 * @see #setProjectKind(ProjectKind)
	 * @see org.phaen.model.PhaenPackage#getProject_ProjectKind()
	 * @model unsettable="true"
	 * @generated
	 */
	ProjectKind getProjectKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getProjectKind <em>Project Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Kind</em>' attribute.
	 * @see org.phaen.model.ProjectKind
	 * @see #isSetProjectKind()
	 * @see #unsetProjectKind()
	 * @see #getProjectKind()
	 * @generated
	 */
	void setProjectKind(ProjectKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.Project#getProjectKind <em>Project Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetProjectKind()
	 * @see #getProjectKind()
	 * @see #setProjectKind(ProjectKind)
	 * @generated
	 */
	void unsetProjectKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.Project#getProjectKind <em>Project Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Project Kind</em>' attribute is set.
	 * @see #unsetProjectKind()
	 * @see #getProjectKind()
	 * @see #setProjectKind(ProjectKind)
	 * @generated
	 */
	boolean isSetProjectKind();

	/**
	 * Returns the value of the '<em><b>Budget Programme</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.BudgetProgramme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of budget programme (แผนงาน) the project is funded under in the budget act: basic, strategic, integrated or personnel (model 1.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget Programme</em>' attribute.
	 * @see org.phaen.model.BudgetProgramme
	 * @see #isSetBudgetProgramme()
	 * @see #unsetBudgetProgramme()
	 * @see #setBudgetProgramme(BudgetProgramme)
	 * @see org.phaen.model.PhaenPackage#getProject_BudgetProgramme()
	 * @model unsettable="true"
	 * @generated
	 */
	BudgetProgramme getBudgetProgramme();

	/**
	 * Sets the value of the '{@link org.phaen.model.Project#getBudgetProgramme <em>Budget Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Programme</em>' attribute.
	 * @see org.phaen.model.BudgetProgramme
	 * @see #isSetBudgetProgramme()
	 * @see #unsetBudgetProgramme()
	 * @see #getBudgetProgramme()
	 * @generated
	 */
	void setBudgetProgramme(BudgetProgramme value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.Project#getBudgetProgramme <em>Budget Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBudgetProgramme()
	 * @see #getBudgetProgramme()
	 * @see #setBudgetProgramme(BudgetProgramme)
	 * @generated
	 */
	void unsetBudgetProgramme();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.Project#getBudgetProgramme <em>Budget Programme</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Budget Programme</em>' attribute is set.
	 * @see #unsetBudgetProgramme()
	 * @see #getBudgetProgramme()
	 * @see #setBudgetProgramme(BudgetProgramme)
	 * @generated
	 */
	boolean isSetBudgetProgramme();

	/**
	 * Returns the value of the '<em><b>Sdg Goals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The numbers (1-17) of the UN Sustainable Development Goals the project contributes to, as agencies tag projects in eMENSCR (model 1.1). National reform plan, government policy and NESDP links are alignments to those plan documents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sdg Goals</em>' attribute list.
	 * @see org.phaen.model.PhaenPackage#getProject_SdgGoals()
	 * @model
	 * @generated
	 */
	EList<Integer> getSdgGoals();

	/**
	 * Returns the value of the '<em><b>Spending Plan</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.SpendingPlanEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The planned spending of the project by quarter or month of its fiscal year (แผนการใช้จ่ายงบประมาณ; model 1.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spending Plan</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getProject_SpendingPlan()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpendingPlanEntry> getSpendingPlan();

} // Project
