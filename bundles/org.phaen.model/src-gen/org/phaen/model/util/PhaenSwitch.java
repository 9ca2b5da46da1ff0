/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.phaen.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage
 * @generated
 */
public class PhaenSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PhaenPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhaenSwitch() {
		if (modelPackage == null) {
			modelPackage = PhaenPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case PhaenPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.NAMED: {
				Named named = (Named)theEObject;
				T result = caseNamed(named);
				if (result == null) result = caseIdentified(named);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.PLAN_ELEMENT: {
				PlanElement planElement = (PlanElement)theEObject;
				T result = casePlanElement(planElement);
				if (result == null) result = caseNamed(planElement);
				if (result == null) result = caseIdentified(planElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.ALIGNMENT: {
				Alignment alignment = (Alignment)theEObject;
				T result = caseAlignment(alignment);
				if (result == null) result = caseIdentified(alignment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.PLAN_MODEL: {
				PlanModel planModel = (PlanModel)theEObject;
				T result = casePlanModel(planModel);
				if (result == null) result = caseIdentified(planModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.PLAN_DOCUMENT: {
				PlanDocument planDocument = (PlanDocument)theEObject;
				T result = casePlanDocument(planDocument);
				if (result == null) result = casePlanElement(planDocument);
				if (result == null) result = caseNamed(planDocument);
				if (result == null) result = caseIdentified(planDocument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.STRATEGIC_PLAN: {
				StrategicPlan strategicPlan = (StrategicPlan)theEObject;
				T result = caseStrategicPlan(strategicPlan);
				if (result == null) result = casePlanDocument(strategicPlan);
				if (result == null) result = casePlanElement(strategicPlan);
				if (result == null) result = caseNamed(strategicPlan);
				if (result == null) result = caseIdentified(strategicPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.MISSION: {
				Mission mission = (Mission)theEObject;
				T result = caseMission(mission);
				if (result == null) result = casePlanElement(mission);
				if (result == null) result = caseNamed(mission);
				if (result == null) result = caseIdentified(mission);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.STRATEGIC_ISSUE: {
				StrategicIssue strategicIssue = (StrategicIssue)theEObject;
				T result = caseStrategicIssue(strategicIssue);
				if (result == null) result = casePlanElement(strategicIssue);
				if (result == null) result = caseNamed(strategicIssue);
				if (result == null) result = caseIdentified(strategicIssue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.GOAL: {
				Goal goal = (Goal)theEObject;
				T result = caseGoal(goal);
				if (result == null) result = casePlanElement(goal);
				if (result == null) result = caseNamed(goal);
				if (result == null) result = caseIdentified(goal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.STRATEGY: {
				Strategy strategy = (Strategy)theEObject;
				T result = caseStrategy(strategy);
				if (result == null) result = casePlanElement(strategy);
				if (result == null) result = caseNamed(strategy);
				if (result == null) result = caseIdentified(strategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.MEASURE: {
				Measure measure = (Measure)theEObject;
				T result = caseMeasure(measure);
				if (result == null) result = casePlanElement(measure);
				if (result == null) result = caseNamed(measure);
				if (result == null) result = caseIdentified(measure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.INDICATOR: {
				Indicator indicator = (Indicator)theEObject;
				T result = caseIndicator(indicator);
				if (result == null) result = casePlanElement(indicator);
				if (result == null) result = caseNamed(indicator);
				if (result == null) result = caseIdentified(indicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.TARGET: {
				Target target = (Target)theEObject;
				T result = caseTarget(target);
				if (result == null) result = caseIdentified(target);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.ACTION_PLAN: {
				ActionPlan actionPlan = (ActionPlan)theEObject;
				T result = caseActionPlan(actionPlan);
				if (result == null) result = casePlanDocument(actionPlan);
				if (result == null) result = casePlanElement(actionPlan);
				if (result == null) result = caseNamed(actionPlan);
				if (result == null) result = caseIdentified(actionPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.PROJECT: {
				Project project = (Project)theEObject;
				T result = caseProject(project);
				if (result == null) result = casePlanElement(project);
				if (result == null) result = caseNamed(project);
				if (result == null) result = caseIdentified(project);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.TARGET_GROUP: {
				TargetGroup targetGroup = (TargetGroup)theEObject;
				T result = caseTargetGroup(targetGroup);
				if (result == null) result = caseIdentified(targetGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.ACTIVITY: {
				Activity activity = (Activity)theEObject;
				T result = caseActivity(activity);
				if (result == null) result = caseNamed(activity);
				if (result == null) result = caseIdentified(activity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.MILESTONE: {
				Milestone milestone = (Milestone)theEObject;
				T result = caseMilestone(milestone);
				if (result == null) result = caseNamed(milestone);
				if (result == null) result = caseIdentified(milestone);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.BUDGET_LINE: {
				BudgetLine budgetLine = (BudgetLine)theEObject;
				T result = caseBudgetLine(budgetLine);
				if (result == null) result = caseIdentified(budgetLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.FUNDING_SOURCE: {
				FundingSource fundingSource = (FundingSource)theEObject;
				T result = caseFundingSource(fundingSource);
				if (result == null) result = caseNamed(fundingSource);
				if (result == null) result = caseIdentified(fundingSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.PARTY: {
				Party party = (Party)theEObject;
				T result = caseParty(party);
				if (result == null) result = caseNamed(party);
				if (result == null) result = caseIdentified(party);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.ORGANIZATION: {
				Organization organization = (Organization)theEObject;
				T result = caseOrganization(organization);
				if (result == null) result = caseParty(organization);
				if (result == null) result = caseNamed(organization);
				if (result == null) result = caseIdentified(organization);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.PERSON: {
				Person person = (Person)theEObject;
				T result = casePerson(person);
				if (result == null) result = caseParty(person);
				if (result == null) result = caseNamed(person);
				if (result == null) result = caseIdentified(person);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.CONSENT: {
				Consent consent = (Consent)theEObject;
				T result = caseConsent(consent);
				if (result == null) result = caseIdentified(consent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.CONTACT_DETAIL: {
				ContactDetail contactDetail = (ContactDetail)theEObject;
				T result = caseContactDetail(contactDetail);
				if (result == null) result = caseIdentified(contactDetail);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.LEARNING_RESOURCE: {
				LearningResource learningResource = (LearningResource)theEObject;
				T result = caseLearningResource(learningResource);
				if (result == null) result = caseNamed(learningResource);
				if (result == null) result = caseIdentified(learningResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.MOU: {
				Mou mou = (Mou)theEObject;
				T result = caseMou(mou);
				if (result == null) result = caseNamed(mou);
				if (result == null) result = caseIdentified(mou);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.COMMITTEE: {
				Committee committee = (Committee)theEObject;
				T result = caseCommittee(committee);
				if (result == null) result = caseNamed(committee);
				if (result == null) result = caseIdentified(committee);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.MEMBERSHIP: {
				Membership membership = (Membership)theEObject;
				T result = caseMembership(membership);
				if (result == null) result = caseIdentified(membership);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.RECOGNITION: {
				Recognition recognition = (Recognition)theEObject;
				T result = caseRecognition(recognition);
				if (result == null) result = caseNamed(recognition);
				if (result == null) result = caseIdentified(recognition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.DRIVE_ACTIVITY: {
				DriveActivity driveActivity = (DriveActivity)theEObject;
				T result = caseDriveActivity(driveActivity);
				if (result == null) result = caseNamed(driveActivity);
				if (result == null) result = caseIdentified(driveActivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.MONITORING_PLAN: {
				MonitoringPlan monitoringPlan = (MonitoringPlan)theEObject;
				T result = caseMonitoringPlan(monitoringPlan);
				if (result == null) result = caseNamed(monitoringPlan);
				if (result == null) result = caseIdentified(monitoringPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.REPORTING_PERIOD: {
				ReportingPeriod reportingPeriod = (ReportingPeriod)theEObject;
				T result = caseReportingPeriod(reportingPeriod);
				if (result == null) result = caseNamed(reportingPeriod);
				if (result == null) result = caseIdentified(reportingPeriod);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.EVALUATION_INSTRUMENT: {
				EvaluationInstrument evaluationInstrument = (EvaluationInstrument)theEObject;
				T result = caseEvaluationInstrument(evaluationInstrument);
				if (result == null) result = caseNamed(evaluationInstrument);
				if (result == null) result = caseIdentified(evaluationInstrument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.INSTRUMENT_ITEM: {
				InstrumentItem instrumentItem = (InstrumentItem)theEObject;
				T result = caseInstrumentItem(instrumentItem);
				if (result == null) result = caseNamed(instrumentItem);
				if (result == null) result = caseIdentified(instrumentItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.RATING_SCALE: {
				RatingScale ratingScale = (RatingScale)theEObject;
				T result = caseRatingScale(ratingScale);
				if (result == null) result = caseNamed(ratingScale);
				if (result == null) result = caseIdentified(ratingScale);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.SCALE_LEVEL: {
				ScaleLevel scaleLevel = (ScaleLevel)theEObject;
				T result = caseScaleLevel(scaleLevel);
				if (result == null) result = caseIdentified(scaleLevel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.REPORTING_SCHEDULE: {
				ReportingSchedule reportingSchedule = (ReportingSchedule)theEObject;
				T result = caseReportingSchedule(reportingSchedule);
				if (result == null) result = caseNamed(reportingSchedule);
				if (result == null) result = caseIdentified(reportingSchedule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.SCHEDULED_REPORT: {
				ScheduledReport scheduledReport = (ScheduledReport)theEObject;
				T result = caseScheduledReport(scheduledReport);
				if (result == null) result = caseNamed(scheduledReport);
				if (result == null) result = caseIdentified(scheduledReport);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.PARTICIPATION_CHANNEL: {
				ParticipationChannel participationChannel = (ParticipationChannel)theEObject;
				T result = caseParticipationChannel(participationChannel);
				if (result == null) result = caseNamed(participationChannel);
				if (result == null) result = caseIdentified(participationChannel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.PLAN_REVISION: {
				PlanRevision planRevision = (PlanRevision)theEObject;
				T result = casePlanRevision(planRevision);
				if (result == null) result = caseIdentified(planRevision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.NARRATIVE_SECTION: {
				NarrativeSection narrativeSection = (NarrativeSection)theEObject;
				T result = caseNarrativeSection(narrativeSection);
				if (result == null) result = caseIdentified(narrativeSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.TEXT_BLOCK: {
				TextBlock textBlock = (TextBlock)theEObject;
				T result = caseTextBlock(textBlock);
				if (result == null) result = caseIdentified(textBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.SWOT_ITEM: {
				SwotItem swotItem = (SwotItem)theEObject;
				T result = caseSwotItem(swotItem);
				if (result == null) result = caseIdentified(swotItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.CORE_VALUE: {
				CoreValue coreValue = (CoreValue)theEObject;
				T result = caseCoreValue(coreValue);
				if (result == null) result = caseNamed(coreValue);
				if (result == null) result = caseIdentified(coreValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PhaenPackage.SPENDING_PLAN_ENTRY: {
				SpendingPlanEntry spendingPlanEntry = (SpendingPlanEntry)theEObject;
				T result = caseSpendingPlanEntry(spendingPlanEntry);
				if (result == null) result = caseIdentified(spendingPlanEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanElement(PlanElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Alignment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Alignment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAlignment(Alignment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanModel(PlanModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Document</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Document</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanDocument(PlanDocument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategic Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategic Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategicPlan(StrategicPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mission</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mission</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMission(Mission object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategic Issue</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategic Issue</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategicIssue(StrategicIssue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGoal(Goal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategy(Strategy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasure(Measure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicator(Indicator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTarget(Target object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActionPlan(ActionPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProject(Project object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTargetGroup(TargetGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActivity(Activity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Milestone</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Milestone</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMilestone(Milestone object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudgetLine(BudgetLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Funding Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Funding Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFundingSource(FundingSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Party</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Party</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParty(Party object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organization</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organization</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganization(Organization object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Person</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerson(Person object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Consent</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Consent</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsent(Consent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact Detail</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact Detail</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContactDetail(ContactDetail object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Learning Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Learning Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLearningResource(LearningResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mou</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mou</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMou(Mou object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Committee</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Committee</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommittee(Committee object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Membership</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Membership</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMembership(Membership object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recognition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recognition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecognition(Recognition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Drive Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Drive Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDriveActivity(DriveActivity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Monitoring Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Monitoring Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMonitoringPlan(MonitoringPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reporting Period</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reporting Period</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReportingPeriod(ReportingPeriod object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evaluation Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evaluation Instrument</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvaluationInstrument(EvaluationInstrument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Instrument Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Instrument Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInstrumentItem(InstrumentItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rating Scale</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rating Scale</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRatingScale(RatingScale object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scale Level</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scale Level</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScaleLevel(ScaleLevel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reporting Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reporting Schedule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReportingSchedule(ReportingSchedule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scheduled Report</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scheduled Report</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScheduledReport(ScheduledReport object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Participation Channel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Participation Channel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParticipationChannel(ParticipationChannel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Revision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Revision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanRevision(PlanRevision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Narrative Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Narrative Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNarrativeSection(NarrativeSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Text Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Text Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTextBlock(TextBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Swot Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Swot Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSwotItem(SwotItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Core Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Core Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCoreValue(CoreValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spending Plan Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spending Plan Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpendingPlanEntry(SpendingPlanEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //PhaenSwitch
