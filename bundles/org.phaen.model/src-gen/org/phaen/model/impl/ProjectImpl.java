/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.phaen.model.Activity;
import org.phaen.model.BudgetLine;
import org.phaen.model.BudgetProgramme;
import org.phaen.model.Indicator;
import org.phaen.model.LearningResource;
import org.phaen.model.Organization;
import org.phaen.model.Person;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Project;
import org.phaen.model.ProjectKind;
import org.phaen.model.ProjectStatus;
import org.phaen.model.SpendingPlanEntry;
import org.phaen.model.Strategy;
import org.phaen.model.TargetGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getBudgetTotal <em>Budget Total</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getResponsibleOrganization <em>Responsible Organization</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getResponsiblePerson <em>Responsible Person</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getLearningResources <em>Learning Resources</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getResourcePersons <em>Resource Persons</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getImplementsStrategies <em>Implements Strategies</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getMeasuredBy <em>Measured By</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getBudgetLines <em>Budget Lines</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getProjectKind <em>Project Kind</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getBudgetProgramme <em>Budget Programme</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getSdgGoals <em>Sdg Goals</em>}</li>
 *   <li>{@link org.phaen.model.impl.ProjectImpl#getSpendingPlan <em>Spending Plan</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends PlanElementImpl implements Project {
	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetTotal() <em>Budget Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetTotal()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_TOTAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetTotal() <em>Budget Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetTotal()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetTotal = BUDGET_TOTAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<String> objectives;

	/**
	 * The cached value of the '{@link #getOutputs() <em>Outputs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> outputs;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> outcomes;

	/**
	 * The cached value of the '{@link #getTargetGroups() <em>Target Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<TargetGroup> targetGroups;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ProjectStatus STATUS_EDEFAULT = ProjectStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ProjectStatus status = STATUS_EDEFAULT;

	/**
	 * This is true if the Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statusESet;

	/**
	 * The cached value of the '{@link #getResponsibleOrganization() <em>Responsible Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization responsibleOrganization;

	/**
	 * The cached value of the '{@link #getResponsiblePerson() <em>Responsible Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsiblePerson()
	 * @generated
	 * @ordered
	 */
	protected Person responsiblePerson;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> partners;

	/**
	 * The cached value of the '{@link #getLearningResources() <em>Learning Resources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningResources()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningResource> learningResources;

	/**
	 * The cached value of the '{@link #getResourcePersons() <em>Resource Persons</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourcePersons()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> resourcePersons;

	/**
	 * The cached value of the '{@link #getImplementsStrategies() <em>Implements Strategies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementsStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> implementsStrategies;

	/**
	 * The cached value of the '{@link #getMeasuredBy() <em>Measured By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> measuredBy;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<Activity> activities;

	/**
	 * The cached value of the '{@link #getBudgetLines() <em>Budget Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetLines()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> budgetLines;

	/**
	 * The default value of the '{@link #getProjectKind() <em>Project Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProjectKind PROJECT_KIND_EDEFAULT = ProjectKind.PROJECT;

	/**
	 * The cached value of the '{@link #getProjectKind() <em>Project Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectKind()
	 * @generated
	 * @ordered
	 */
	protected ProjectKind projectKind = PROJECT_KIND_EDEFAULT;

	/**
	 * This is true if the Project Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean projectKindESet;

	/**
	 * The default value of the '{@link #getBudgetProgramme() <em>Budget Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetProgramme()
	 * @generated
	 * @ordered
	 */
	protected static final BudgetProgramme BUDGET_PROGRAMME_EDEFAULT = BudgetProgramme.BASIC;

	/**
	 * The cached value of the '{@link #getBudgetProgramme() <em>Budget Programme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetProgramme()
	 * @generated
	 * @ordered
	 */
	protected BudgetProgramme budgetProgramme = BUDGET_PROGRAMME_EDEFAULT;

	/**
	 * This is true if the Budget Programme attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean budgetProgrammeESet;

	/**
	 * The cached value of the '{@link #getSdgGoals() <em>Sdg Goals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdgGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> sdgGoals;

	/**
	 * The cached value of the '{@link #getSpendingPlan() <em>Spending Plan</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpendingPlan()
	 * @generated
	 * @ordered
	 */
	protected EList<SpendingPlanEntry> spendingPlan;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PhaenPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetTotal() {
		return budgetTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetTotal(BigDecimal newBudgetTotal) {
		BigDecimal oldBudgetTotal = budgetTotal;
		budgetTotal = newBudgetTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__BUDGET_TOTAL, oldBudgetTotal, budgetTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getObjectives() {
		if (objectives == null) {
			objectives = new EDataTypeUniqueEList<String>(String.class, this, PhaenPackage.PROJECT__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOutputs() {
		if (outputs == null) {
			outputs = new EDataTypeUniqueEList<String>(String.class, this, PhaenPackage.PROJECT__OUTPUTS);
		}
		return outputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EDataTypeUniqueEList<String>(String.class, this, PhaenPackage.PROJECT__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TargetGroup> getTargetGroups() {
		if (targetGroups == null) {
			targetGroups = new EObjectContainmentEList<TargetGroup>(TargetGroup.class, this, PhaenPackage.PROJECT__TARGET_GROUPS);
		}
		return targetGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ProjectStatus newStatus) {
		ProjectStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		boolean oldStatusESet = statusESet;
		statusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__STATUS, oldStatus, status, !oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatus() {
		ProjectStatus oldStatus = status;
		boolean oldStatusESet = statusESet;
		status = STATUS_EDEFAULT;
		statusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.PROJECT__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatus() {
		return statusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getResponsibleOrganization() {
		if (responsibleOrganization != null && responsibleOrganization.eIsProxy()) {
			InternalEObject oldResponsibleOrganization = (InternalEObject)responsibleOrganization;
			responsibleOrganization = (Organization)eResolveProxy(oldResponsibleOrganization);
			if (responsibleOrganization != oldResponsibleOrganization) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.PROJECT__RESPONSIBLE_ORGANIZATION, oldResponsibleOrganization, responsibleOrganization));
			}
		}
		return responsibleOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetResponsibleOrganization() {
		return responsibleOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleOrganization(Organization newResponsibleOrganization) {
		Organization oldResponsibleOrganization = responsibleOrganization;
		responsibleOrganization = newResponsibleOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__RESPONSIBLE_ORGANIZATION, oldResponsibleOrganization, responsibleOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getResponsiblePerson() {
		if (responsiblePerson != null && responsiblePerson.eIsProxy()) {
			InternalEObject oldResponsiblePerson = (InternalEObject)responsiblePerson;
			responsiblePerson = (Person)eResolveProxy(oldResponsiblePerson);
			if (responsiblePerson != oldResponsiblePerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PhaenPackage.PROJECT__RESPONSIBLE_PERSON, oldResponsiblePerson, responsiblePerson));
			}
		}
		return responsiblePerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetResponsiblePerson() {
		return responsiblePerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsiblePerson(Person newResponsiblePerson) {
		Person oldResponsiblePerson = responsiblePerson;
		responsiblePerson = newResponsiblePerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__RESPONSIBLE_PERSON, oldResponsiblePerson, responsiblePerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getPartners() {
		if (partners == null) {
			partners = new EObjectResolvingEList<Organization>(Organization.class, this, PhaenPackage.PROJECT__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningResource> getLearningResources() {
		if (learningResources == null) {
			learningResources = new EObjectResolvingEList<LearningResource>(LearningResource.class, this, PhaenPackage.PROJECT__LEARNING_RESOURCES);
		}
		return learningResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getResourcePersons() {
		if (resourcePersons == null) {
			resourcePersons = new EObjectResolvingEList<Person>(Person.class, this, PhaenPackage.PROJECT__RESOURCE_PERSONS);
		}
		return resourcePersons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getImplementsStrategies() {
		if (implementsStrategies == null) {
			implementsStrategies = new EObjectResolvingEList<Strategy>(Strategy.class, this, PhaenPackage.PROJECT__IMPLEMENTS_STRATEGIES);
		}
		return implementsStrategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getMeasuredBy() {
		if (measuredBy == null) {
			measuredBy = new EObjectResolvingEList<Indicator>(Indicator.class, this, PhaenPackage.PROJECT__MEASURED_BY);
		}
		return measuredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, PhaenPackage.PROJECT__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		if (activities == null) {
			activities = new EObjectContainmentEList<Activity>(Activity.class, this, PhaenPackage.PROJECT__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getBudgetLines() {
		if (budgetLines == null) {
			budgetLines = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, PhaenPackage.PROJECT__BUDGET_LINES);
		}
		return budgetLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectKind getProjectKind() {
		return projectKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectKind(ProjectKind newProjectKind) {
		ProjectKind oldProjectKind = projectKind;
		projectKind = newProjectKind == null ? PROJECT_KIND_EDEFAULT : newProjectKind;
		boolean oldProjectKindESet = projectKindESet;
		projectKindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__PROJECT_KIND, oldProjectKind, projectKind, !oldProjectKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetProjectKind() {
		ProjectKind oldProjectKind = projectKind;
		boolean oldProjectKindESet = projectKindESet;
		projectKind = PROJECT_KIND_EDEFAULT;
		projectKindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.PROJECT__PROJECT_KIND, oldProjectKind, PROJECT_KIND_EDEFAULT, oldProjectKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetProjectKind() {
		return projectKindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetProgramme getBudgetProgramme() {
		return budgetProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetProgramme(BudgetProgramme newBudgetProgramme) {
		BudgetProgramme oldBudgetProgramme = budgetProgramme;
		budgetProgramme = newBudgetProgramme == null ? BUDGET_PROGRAMME_EDEFAULT : newBudgetProgramme;
		boolean oldBudgetProgrammeESet = budgetProgrammeESet;
		budgetProgrammeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PhaenPackage.PROJECT__BUDGET_PROGRAMME, oldBudgetProgramme, budgetProgramme, !oldBudgetProgrammeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBudgetProgramme() {
		BudgetProgramme oldBudgetProgramme = budgetProgramme;
		boolean oldBudgetProgrammeESet = budgetProgrammeESet;
		budgetProgramme = BUDGET_PROGRAMME_EDEFAULT;
		budgetProgrammeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PhaenPackage.PROJECT__BUDGET_PROGRAMME, oldBudgetProgramme, BUDGET_PROGRAMME_EDEFAULT, oldBudgetProgrammeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBudgetProgramme() {
		return budgetProgrammeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getSdgGoals() {
		if (sdgGoals == null) {
			sdgGoals = new EDataTypeUniqueEList<Integer>(Integer.class, this, PhaenPackage.PROJECT__SDG_GOALS);
		}
		return sdgGoals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpendingPlanEntry> getSpendingPlan() {
		if (spendingPlan == null) {
			spendingPlan = new EObjectContainmentEList<SpendingPlanEntry>(SpendingPlanEntry.class, this, PhaenPackage.PROJECT__SPENDING_PLAN);
		}
		return spendingPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PhaenPackage.PROJECT__TARGET_GROUPS:
				return ((InternalEList<?>)getTargetGroups()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PROJECT__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PROJECT__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PROJECT__BUDGET_LINES:
				return ((InternalEList<?>)getBudgetLines()).basicRemove(otherEnd, msgs);
			case PhaenPackage.PROJECT__SPENDING_PLAN:
				return ((InternalEList<?>)getSpendingPlan()).basicRemove(otherEnd, msgs);
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
			case PhaenPackage.PROJECT__RATIONALE:
				return getRationale();
			case PhaenPackage.PROJECT__BUDGET_TOTAL:
				return getBudgetTotal();
			case PhaenPackage.PROJECT__OBJECTIVES:
				return getObjectives();
			case PhaenPackage.PROJECT__OUTPUTS:
				return getOutputs();
			case PhaenPackage.PROJECT__OUTCOMES:
				return getOutcomes();
			case PhaenPackage.PROJECT__TARGET_GROUPS:
				return getTargetGroups();
			case PhaenPackage.PROJECT__LOCATION:
				return getLocation();
			case PhaenPackage.PROJECT__START_DATE:
				return getStartDate();
			case PhaenPackage.PROJECT__END_DATE:
				return getEndDate();
			case PhaenPackage.PROJECT__STATUS:
				return getStatus();
			case PhaenPackage.PROJECT__RESPONSIBLE_ORGANIZATION:
				if (resolve) return getResponsibleOrganization();
				return basicGetResponsibleOrganization();
			case PhaenPackage.PROJECT__RESPONSIBLE_PERSON:
				if (resolve) return getResponsiblePerson();
				return basicGetResponsiblePerson();
			case PhaenPackage.PROJECT__PARTNERS:
				return getPartners();
			case PhaenPackage.PROJECT__LEARNING_RESOURCES:
				return getLearningResources();
			case PhaenPackage.PROJECT__RESOURCE_PERSONS:
				return getResourcePersons();
			case PhaenPackage.PROJECT__IMPLEMENTS_STRATEGIES:
				return getImplementsStrategies();
			case PhaenPackage.PROJECT__MEASURED_BY:
				return getMeasuredBy();
			case PhaenPackage.PROJECT__INDICATORS:
				return getIndicators();
			case PhaenPackage.PROJECT__ACTIVITIES:
				return getActivities();
			case PhaenPackage.PROJECT__BUDGET_LINES:
				return getBudgetLines();
			case PhaenPackage.PROJECT__PROJECT_KIND:
				return getProjectKind();
			case PhaenPackage.PROJECT__BUDGET_PROGRAMME:
				return getBudgetProgramme();
			case PhaenPackage.PROJECT__SDG_GOALS:
				return getSdgGoals();
			case PhaenPackage.PROJECT__SPENDING_PLAN:
				return getSpendingPlan();
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
			case PhaenPackage.PROJECT__RATIONALE:
				setRationale((String)newValue);
				return;
			case PhaenPackage.PROJECT__BUDGET_TOTAL:
				setBudgetTotal((BigDecimal)newValue);
				return;
			case PhaenPackage.PROJECT__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends String>)newValue);
				return;
			case PhaenPackage.PROJECT__OUTPUTS:
				getOutputs().clear();
				getOutputs().addAll((Collection<? extends String>)newValue);
				return;
			case PhaenPackage.PROJECT__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends String>)newValue);
				return;
			case PhaenPackage.PROJECT__TARGET_GROUPS:
				getTargetGroups().clear();
				getTargetGroups().addAll((Collection<? extends TargetGroup>)newValue);
				return;
			case PhaenPackage.PROJECT__LOCATION:
				setLocation((String)newValue);
				return;
			case PhaenPackage.PROJECT__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case PhaenPackage.PROJECT__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case PhaenPackage.PROJECT__STATUS:
				setStatus((ProjectStatus)newValue);
				return;
			case PhaenPackage.PROJECT__RESPONSIBLE_ORGANIZATION:
				setResponsibleOrganization((Organization)newValue);
				return;
			case PhaenPackage.PROJECT__RESPONSIBLE_PERSON:
				setResponsiblePerson((Person)newValue);
				return;
			case PhaenPackage.PROJECT__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Organization>)newValue);
				return;
			case PhaenPackage.PROJECT__LEARNING_RESOURCES:
				getLearningResources().clear();
				getLearningResources().addAll((Collection<? extends LearningResource>)newValue);
				return;
			case PhaenPackage.PROJECT__RESOURCE_PERSONS:
				getResourcePersons().clear();
				getResourcePersons().addAll((Collection<? extends Person>)newValue);
				return;
			case PhaenPackage.PROJECT__IMPLEMENTS_STRATEGIES:
				getImplementsStrategies().clear();
				getImplementsStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case PhaenPackage.PROJECT__MEASURED_BY:
				getMeasuredBy().clear();
				getMeasuredBy().addAll((Collection<? extends Indicator>)newValue);
				return;
			case PhaenPackage.PROJECT__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case PhaenPackage.PROJECT__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends Activity>)newValue);
				return;
			case PhaenPackage.PROJECT__BUDGET_LINES:
				getBudgetLines().clear();
				getBudgetLines().addAll((Collection<? extends BudgetLine>)newValue);
				return;
			case PhaenPackage.PROJECT__PROJECT_KIND:
				setProjectKind((ProjectKind)newValue);
				return;
			case PhaenPackage.PROJECT__BUDGET_PROGRAMME:
				setBudgetProgramme((BudgetProgramme)newValue);
				return;
			case PhaenPackage.PROJECT__SDG_GOALS:
				getSdgGoals().clear();
				getSdgGoals().addAll((Collection<? extends Integer>)newValue);
				return;
			case PhaenPackage.PROJECT__SPENDING_PLAN:
				getSpendingPlan().clear();
				getSpendingPlan().addAll((Collection<? extends SpendingPlanEntry>)newValue);
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
			case PhaenPackage.PROJECT__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case PhaenPackage.PROJECT__BUDGET_TOTAL:
				setBudgetTotal(BUDGET_TOTAL_EDEFAULT);
				return;
			case PhaenPackage.PROJECT__OBJECTIVES:
				getObjectives().clear();
				return;
			case PhaenPackage.PROJECT__OUTPUTS:
				getOutputs().clear();
				return;
			case PhaenPackage.PROJECT__OUTCOMES:
				getOutcomes().clear();
				return;
			case PhaenPackage.PROJECT__TARGET_GROUPS:
				getTargetGroups().clear();
				return;
			case PhaenPackage.PROJECT__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case PhaenPackage.PROJECT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case PhaenPackage.PROJECT__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case PhaenPackage.PROJECT__STATUS:
				unsetStatus();
				return;
			case PhaenPackage.PROJECT__RESPONSIBLE_ORGANIZATION:
				setResponsibleOrganization((Organization)null);
				return;
			case PhaenPackage.PROJECT__RESPONSIBLE_PERSON:
				setResponsiblePerson((Person)null);
				return;
			case PhaenPackage.PROJECT__PARTNERS:
				getPartners().clear();
				return;
			case PhaenPackage.PROJECT__LEARNING_RESOURCES:
				getLearningResources().clear();
				return;
			case PhaenPackage.PROJECT__RESOURCE_PERSONS:
				getResourcePersons().clear();
				return;
			case PhaenPackage.PROJECT__IMPLEMENTS_STRATEGIES:
				getImplementsStrategies().clear();
				return;
			case PhaenPackage.PROJECT__MEASURED_BY:
				getMeasuredBy().clear();
				return;
			case PhaenPackage.PROJECT__INDICATORS:
				getIndicators().clear();
				return;
			case PhaenPackage.PROJECT__ACTIVITIES:
				getActivities().clear();
				return;
			case PhaenPackage.PROJECT__BUDGET_LINES:
				getBudgetLines().clear();
				return;
			case PhaenPackage.PROJECT__PROJECT_KIND:
				unsetProjectKind();
				return;
			case PhaenPackage.PROJECT__BUDGET_PROGRAMME:
				unsetBudgetProgramme();
				return;
			case PhaenPackage.PROJECT__SDG_GOALS:
				getSdgGoals().clear();
				return;
			case PhaenPackage.PROJECT__SPENDING_PLAN:
				getSpendingPlan().clear();
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
			case PhaenPackage.PROJECT__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case PhaenPackage.PROJECT__BUDGET_TOTAL:
				return BUDGET_TOTAL_EDEFAULT == null ? budgetTotal != null : !BUDGET_TOTAL_EDEFAULT.equals(budgetTotal);
			case PhaenPackage.PROJECT__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case PhaenPackage.PROJECT__OUTPUTS:
				return outputs != null && !outputs.isEmpty();
			case PhaenPackage.PROJECT__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case PhaenPackage.PROJECT__TARGET_GROUPS:
				return targetGroups != null && !targetGroups.isEmpty();
			case PhaenPackage.PROJECT__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case PhaenPackage.PROJECT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case PhaenPackage.PROJECT__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case PhaenPackage.PROJECT__STATUS:
				return isSetStatus();
			case PhaenPackage.PROJECT__RESPONSIBLE_ORGANIZATION:
				return responsibleOrganization != null;
			case PhaenPackage.PROJECT__RESPONSIBLE_PERSON:
				return responsiblePerson != null;
			case PhaenPackage.PROJECT__PARTNERS:
				return partners != null && !partners.isEmpty();
			case PhaenPackage.PROJECT__LEARNING_RESOURCES:
				return learningResources != null && !learningResources.isEmpty();
			case PhaenPackage.PROJECT__RESOURCE_PERSONS:
				return resourcePersons != null && !resourcePersons.isEmpty();
			case PhaenPackage.PROJECT__IMPLEMENTS_STRATEGIES:
				return implementsStrategies != null && !implementsStrategies.isEmpty();
			case PhaenPackage.PROJECT__MEASURED_BY:
				return measuredBy != null && !measuredBy.isEmpty();
			case PhaenPackage.PROJECT__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case PhaenPackage.PROJECT__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case PhaenPackage.PROJECT__BUDGET_LINES:
				return budgetLines != null && !budgetLines.isEmpty();
			case PhaenPackage.PROJECT__PROJECT_KIND:
				return isSetProjectKind();
			case PhaenPackage.PROJECT__BUDGET_PROGRAMME:
				return isSetBudgetProgramme();
			case PhaenPackage.PROJECT__SDG_GOALS:
				return sdgGoals != null && !sdgGoals.isEmpty();
			case PhaenPackage.PROJECT__SPENDING_PLAN:
				return spendingPlan != null && !spendingPlan.isEmpty();
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
		result.append(" (rationale: ");
		result.append(rationale);
		result.append(", budgetTotal: ");
		result.append(budgetTotal);
		result.append(", objectives: ");
		result.append(objectives);
		result.append(", outputs: ");
		result.append(outputs);
		result.append(", outcomes: ");
		result.append(outcomes);
		result.append(", location: ");
		result.append(location);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", status: ");
		if (statusESet) result.append(status); else result.append("<unset>");
		result.append(", projectKind: ");
		if (projectKindESet) result.append(projectKind); else result.append("<unset>");
		result.append(", budgetProgramme: ");
		if (budgetProgrammeESet) result.append(budgetProgramme); else result.append("<unset>");
		result.append(", sdgGoals: ");
		result.append(sdgGoals);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
