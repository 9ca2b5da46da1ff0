/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage
 * @generated
 */
public interface PhaenFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PhaenFactory eINSTANCE = org.phaen.model.impl.PhaenFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Alignment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Alignment</em>'.
	 * @generated
	 */
	Alignment createAlignment();

	/**
	 * Returns a new object of class '<em>Plan Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Model</em>'.
	 * @generated
	 */
	PlanModel createPlanModel();

	/**
	 * Returns a new object of class '<em>Strategic Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategic Plan</em>'.
	 * @generated
	 */
	StrategicPlan createStrategicPlan();

	/**
	 * Returns a new object of class '<em>Mission</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mission</em>'.
	 * @generated
	 */
	Mission createMission();

	/**
	 * Returns a new object of class '<em>Strategic Issue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategic Issue</em>'.
	 * @generated
	 */
	StrategicIssue createStrategicIssue();

	/**
	 * Returns a new object of class '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Goal</em>'.
	 * @generated
	 */
	Goal createGoal();

	/**
	 * Returns a new object of class '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategy</em>'.
	 * @generated
	 */
	Strategy createStrategy();

	/**
	 * Returns a new object of class '<em>Measure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Measure</em>'.
	 * @generated
	 */
	Measure createMeasure();

	/**
	 * Returns a new object of class '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator</em>'.
	 * @generated
	 */
	Indicator createIndicator();

	/**
	 * Returns a new object of class '<em>Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Target</em>'.
	 * @generated
	 */
	Target createTarget();

	/**
	 * Returns a new object of class '<em>Action Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action Plan</em>'.
	 * @generated
	 */
	ActionPlan createActionPlan();

	/**
	 * Returns a new object of class '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Project</em>'.
	 * @generated
	 */
	Project createProject();

	/**
	 * Returns a new object of class '<em>Target Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Target Group</em>'.
	 * @generated
	 */
	TargetGroup createTargetGroup();

	/**
	 * Returns a new object of class '<em>Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activity</em>'.
	 * @generated
	 */
	Activity createActivity();

	/**
	 * Returns a new object of class '<em>Milestone</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Milestone</em>'.
	 * @generated
	 */
	Milestone createMilestone();

	/**
	 * Returns a new object of class '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Budget Line</em>'.
	 * @generated
	 */
	BudgetLine createBudgetLine();

	/**
	 * Returns a new object of class '<em>Funding Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Funding Source</em>'.
	 * @generated
	 */
	FundingSource createFundingSource();

	/**
	 * Returns a new object of class '<em>Organization</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organization</em>'.
	 * @generated
	 */
	Organization createOrganization();

	/**
	 * Returns a new object of class '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Person</em>'.
	 * @generated
	 */
	Person createPerson();

	/**
	 * Returns a new object of class '<em>Consent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consent</em>'.
	 * @generated
	 */
	Consent createConsent();

	/**
	 * Returns a new object of class '<em>Contact Detail</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Detail</em>'.
	 * @generated
	 */
	ContactDetail createContactDetail();

	/**
	 * Returns a new object of class '<em>Learning Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Learning Resource</em>'.
	 * @generated
	 */
	LearningResource createLearningResource();

	/**
	 * Returns a new object of class '<em>Mou</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mou</em>'.
	 * @generated
	 */
	Mou createMou();

	/**
	 * Returns a new object of class '<em>Committee</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Committee</em>'.
	 * @generated
	 */
	Committee createCommittee();

	/**
	 * Returns a new object of class '<em>Membership</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Membership</em>'.
	 * @generated
	 */
	Membership createMembership();

	/**
	 * Returns a new object of class '<em>Recognition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recognition</em>'.
	 * @generated
	 */
	Recognition createRecognition();

	/**
	 * Returns a new object of class '<em>Drive Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Drive Activity</em>'.
	 * @generated
	 */
	DriveActivity createDriveActivity();

	/**
	 * Returns a new object of class '<em>Monitoring Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Monitoring Plan</em>'.
	 * @generated
	 */
	MonitoringPlan createMonitoringPlan();

	/**
	 * Returns a new object of class '<em>Reporting Period</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reporting Period</em>'.
	 * @generated
	 */
	ReportingPeriod createReportingPeriod();

	/**
	 * Returns a new object of class '<em>Evaluation Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation Instrument</em>'.
	 * @generated
	 */
	EvaluationInstrument createEvaluationInstrument();

	/**
	 * Returns a new object of class '<em>Instrument Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instrument Item</em>'.
	 * @generated
	 */
	InstrumentItem createInstrumentItem();

	/**
	 * Returns a new object of class '<em>Rating Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rating Scale</em>'.
	 * @generated
	 */
	RatingScale createRatingScale();

	/**
	 * Returns a new object of class '<em>Scale Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale Level</em>'.
	 * @generated
	 */
	ScaleLevel createScaleLevel();

	/**
	 * Returns a new object of class '<em>Reporting Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reporting Schedule</em>'.
	 * @generated
	 */
	ReportingSchedule createReportingSchedule();

	/**
	 * Returns a new object of class '<em>Scheduled Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scheduled Report</em>'.
	 * @generated
	 */
	ScheduledReport createScheduledReport();

	/**
	 * Returns a new object of class '<em>Participation Channel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Participation Channel</em>'.
	 * @generated
	 */
	ParticipationChannel createParticipationChannel();

	/**
	 * Returns a new object of class '<em>Plan Revision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Revision</em>'.
	 * @generated
	 */
	PlanRevision createPlanRevision();

	/**
	 * Returns a new object of class '<em>Narrative Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Narrative Section</em>'.
	 * @generated
	 */
	NarrativeSection createNarrativeSection();

	/**
	 * Returns a new object of class '<em>Text Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Text Block</em>'.
	 * @generated
	 */
	TextBlock createTextBlock();

	/**
	 * Returns a new object of class '<em>Swot Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Swot Item</em>'.
	 * @generated
	 */
	SwotItem createSwotItem();

	/**
	 * Returns a new object of class '<em>Core Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Core Value</em>'.
	 * @generated
	 */
	CoreValue createCoreValue();

	/**
	 * Returns a new object of class '<em>Spending Plan Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spending Plan Entry</em>'.
	 * @generated
	 */
	SpendingPlanEntry createSpendingPlanEntry();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PhaenPackage getPhaenPackage();

} //PhaenFactory
