/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.phaen.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PhaenFactoryImpl extends EFactoryImpl implements PhaenFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PhaenFactory init() {
		try {
			PhaenFactory thePhaenFactory = (PhaenFactory)EPackage.Registry.INSTANCE.getEFactory(PhaenPackage.eNS_URI);
			if (thePhaenFactory != null) {
				return thePhaenFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PhaenFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhaenFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PhaenPackage.ALIGNMENT: return createAlignment();
			case PhaenPackage.PLAN_MODEL: return createPlanModel();
			case PhaenPackage.STRATEGIC_PLAN: return createStrategicPlan();
			case PhaenPackage.MISSION: return createMission();
			case PhaenPackage.STRATEGIC_ISSUE: return createStrategicIssue();
			case PhaenPackage.GOAL: return createGoal();
			case PhaenPackage.STRATEGY: return createStrategy();
			case PhaenPackage.MEASURE: return createMeasure();
			case PhaenPackage.INDICATOR: return createIndicator();
			case PhaenPackage.TARGET: return createTarget();
			case PhaenPackage.ACTION_PLAN: return createActionPlan();
			case PhaenPackage.PROJECT: return createProject();
			case PhaenPackage.TARGET_GROUP: return createTargetGroup();
			case PhaenPackage.ACTIVITY: return createActivity();
			case PhaenPackage.MILESTONE: return createMilestone();
			case PhaenPackage.BUDGET_LINE: return createBudgetLine();
			case PhaenPackage.FUNDING_SOURCE: return createFundingSource();
			case PhaenPackage.ORGANIZATION: return createOrganization();
			case PhaenPackage.PERSON: return createPerson();
			case PhaenPackage.CONSENT: return createConsent();
			case PhaenPackage.CONTACT_DETAIL: return createContactDetail();
			case PhaenPackage.LEARNING_RESOURCE: return createLearningResource();
			case PhaenPackage.MOU: return createMou();
			case PhaenPackage.COMMITTEE: return createCommittee();
			case PhaenPackage.MEMBERSHIP: return createMembership();
			case PhaenPackage.RECOGNITION: return createRecognition();
			case PhaenPackage.DRIVE_ACTIVITY: return createDriveActivity();
			case PhaenPackage.MONITORING_PLAN: return createMonitoringPlan();
			case PhaenPackage.REPORTING_PERIOD: return createReportingPeriod();
			case PhaenPackage.EVALUATION_INSTRUMENT: return createEvaluationInstrument();
			case PhaenPackage.INSTRUMENT_ITEM: return createInstrumentItem();
			case PhaenPackage.RATING_SCALE: return createRatingScale();
			case PhaenPackage.SCALE_LEVEL: return createScaleLevel();
			case PhaenPackage.REPORTING_SCHEDULE: return createReportingSchedule();
			case PhaenPackage.SCHEDULED_REPORT: return createScheduledReport();
			case PhaenPackage.PARTICIPATION_CHANNEL: return createParticipationChannel();
			case PhaenPackage.PLAN_REVISION: return createPlanRevision();
			case PhaenPackage.NARRATIVE_SECTION: return createNarrativeSection();
			case PhaenPackage.TEXT_BLOCK: return createTextBlock();
			case PhaenPackage.SWOT_ITEM: return createSwotItem();
			case PhaenPackage.CORE_VALUE: return createCoreValue();
			case PhaenPackage.SPENDING_PLAN_ENTRY: return createSpendingPlanEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PhaenPackage.PLAN_LEVEL:
				return createPlanLevelFromString(eDataType, initialValue);
			case PhaenPackage.INDICATOR_KIND:
				return createIndicatorKindFromString(eDataType, initialValue);
			case PhaenPackage.VALUE_TYPE:
				return createValueTypeFromString(eDataType, initialValue);
			case PhaenPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case PhaenPackage.FREQUENCY:
				return createFrequencyFromString(eDataType, initialValue);
			case PhaenPackage.ALIGNMENT_KIND:
				return createAlignmentKindFromString(eDataType, initialValue);
			case PhaenPackage.PROJECT_STATUS:
				return createProjectStatusFromString(eDataType, initialValue);
			case PhaenPackage.BUDGET_STATUS:
				return createBudgetStatusFromString(eDataType, initialValue);
			case PhaenPackage.FUNDING_SOURCE_KIND:
				return createFundingSourceKindFromString(eDataType, initialValue);
			case PhaenPackage.EXPENSE_CATEGORY:
				return createExpenseCategoryFromString(eDataType, initialValue);
			case PhaenPackage.ORGANIZATION_KIND:
				return createOrganizationKindFromString(eDataType, initialValue);
			case PhaenPackage.PERSON_ROLE:
				return createPersonRoleFromString(eDataType, initialValue);
			case PhaenPackage.CONTACT_KIND:
				return createContactKindFromString(eDataType, initialValue);
			case PhaenPackage.LEARNING_RESOURCE_KIND:
				return createLearningResourceKindFromString(eDataType, initialValue);
			case PhaenPackage.COMMITTEE_KIND:
				return createCommitteeKindFromString(eDataType, initialValue);
			case PhaenPackage.MEMBERSHIP_ROLE:
				return createMembershipRoleFromString(eDataType, initialValue);
			case PhaenPackage.DRIVE_ACTIVITY_KIND:
				return createDriveActivityKindFromString(eDataType, initialValue);
			case PhaenPackage.PERIOD_KIND:
				return createPeriodKindFromString(eDataType, initialValue);
			case PhaenPackage.INSTRUMENT_KIND:
				return createInstrumentKindFromString(eDataType, initialValue);
			case PhaenPackage.ITEM_KIND:
				return createItemKindFromString(eDataType, initialValue);
			case PhaenPackage.CHANNEL_KIND:
				return createChannelKindFromString(eDataType, initialValue);
			case PhaenPackage.PLAN_STATUS:
				return createPlanStatusFromString(eDataType, initialValue);
			case PhaenPackage.SWOT_KIND:
				return createSwotKindFromString(eDataType, initialValue);
			case PhaenPackage.SECTION_KIND:
				return createSectionKindFromString(eDataType, initialValue);
			case PhaenPackage.TEXT_BLOCK_KIND:
				return createTextBlockKindFromString(eDataType, initialValue);
			case PhaenPackage.MODEL_TABLE:
				return createModelTableFromString(eDataType, initialValue);
			case PhaenPackage.PROJECT_KIND:
				return createProjectKindFromString(eDataType, initialValue);
			case PhaenPackage.BUDGET_PROGRAMME:
				return createBudgetProgrammeFromString(eDataType, initialValue);
			case PhaenPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case PhaenPackage.DECIMAL:
				return createDecimalFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PhaenPackage.PLAN_LEVEL:
				return convertPlanLevelToString(eDataType, instanceValue);
			case PhaenPackage.INDICATOR_KIND:
				return convertIndicatorKindToString(eDataType, instanceValue);
			case PhaenPackage.VALUE_TYPE:
				return convertValueTypeToString(eDataType, instanceValue);
			case PhaenPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case PhaenPackage.FREQUENCY:
				return convertFrequencyToString(eDataType, instanceValue);
			case PhaenPackage.ALIGNMENT_KIND:
				return convertAlignmentKindToString(eDataType, instanceValue);
			case PhaenPackage.PROJECT_STATUS:
				return convertProjectStatusToString(eDataType, instanceValue);
			case PhaenPackage.BUDGET_STATUS:
				return convertBudgetStatusToString(eDataType, instanceValue);
			case PhaenPackage.FUNDING_SOURCE_KIND:
				return convertFundingSourceKindToString(eDataType, instanceValue);
			case PhaenPackage.EXPENSE_CATEGORY:
				return convertExpenseCategoryToString(eDataType, instanceValue);
			case PhaenPackage.ORGANIZATION_KIND:
				return convertOrganizationKindToString(eDataType, instanceValue);
			case PhaenPackage.PERSON_ROLE:
				return convertPersonRoleToString(eDataType, instanceValue);
			case PhaenPackage.CONTACT_KIND:
				return convertContactKindToString(eDataType, instanceValue);
			case PhaenPackage.LEARNING_RESOURCE_KIND:
				return convertLearningResourceKindToString(eDataType, instanceValue);
			case PhaenPackage.COMMITTEE_KIND:
				return convertCommitteeKindToString(eDataType, instanceValue);
			case PhaenPackage.MEMBERSHIP_ROLE:
				return convertMembershipRoleToString(eDataType, instanceValue);
			case PhaenPackage.DRIVE_ACTIVITY_KIND:
				return convertDriveActivityKindToString(eDataType, instanceValue);
			case PhaenPackage.PERIOD_KIND:
				return convertPeriodKindToString(eDataType, instanceValue);
			case PhaenPackage.INSTRUMENT_KIND:
				return convertInstrumentKindToString(eDataType, instanceValue);
			case PhaenPackage.ITEM_KIND:
				return convertItemKindToString(eDataType, instanceValue);
			case PhaenPackage.CHANNEL_KIND:
				return convertChannelKindToString(eDataType, instanceValue);
			case PhaenPackage.PLAN_STATUS:
				return convertPlanStatusToString(eDataType, instanceValue);
			case PhaenPackage.SWOT_KIND:
				return convertSwotKindToString(eDataType, instanceValue);
			case PhaenPackage.SECTION_KIND:
				return convertSectionKindToString(eDataType, instanceValue);
			case PhaenPackage.TEXT_BLOCK_KIND:
				return convertTextBlockKindToString(eDataType, instanceValue);
			case PhaenPackage.MODEL_TABLE:
				return convertModelTableToString(eDataType, instanceValue);
			case PhaenPackage.PROJECT_KIND:
				return convertProjectKindToString(eDataType, instanceValue);
			case PhaenPackage.BUDGET_PROGRAMME:
				return convertBudgetProgrammeToString(eDataType, instanceValue);
			case PhaenPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case PhaenPackage.DECIMAL:
				return convertDecimalToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Alignment createAlignment() {
		AlignmentImpl alignment = new AlignmentImpl();
		return alignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanModel createPlanModel() {
		PlanModelImpl planModel = new PlanModelImpl();
		return planModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategicPlan createStrategicPlan() {
		StrategicPlanImpl strategicPlan = new StrategicPlanImpl();
		return strategicPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mission createMission() {
		MissionImpl mission = new MissionImpl();
		return mission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategicIssue createStrategicIssue() {
		StrategicIssueImpl strategicIssue = new StrategicIssueImpl();
		return strategicIssue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy createStrategy() {
		StrategyImpl strategy = new StrategyImpl();
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure createMeasure() {
		MeasureImpl measure = new MeasureImpl();
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target createTarget() {
		TargetImpl target = new TargetImpl();
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionPlan createActionPlan() {
		ActionPlanImpl actionPlan = new ActionPlanImpl();
		return actionPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetGroup createTargetGroup() {
		TargetGroupImpl targetGroup = new TargetGroupImpl();
		return targetGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity createActivity() {
		ActivityImpl activity = new ActivityImpl();
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Milestone createMilestone() {
		MilestoneImpl milestone = new MilestoneImpl();
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine() {
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingSource createFundingSource() {
		FundingSourceImpl fundingSource = new FundingSourceImpl();
		return fundingSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization() {
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consent createConsent() {
		ConsentImpl consent = new ConsentImpl();
		return consent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactDetail createContactDetail() {
		ContactDetailImpl contactDetail = new ContactDetailImpl();
		return contactDetail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningResource createLearningResource() {
		LearningResourceImpl learningResource = new LearningResourceImpl();
		return learningResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mou createMou() {
		MouImpl mou = new MouImpl();
		return mou;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Committee createCommittee() {
		CommitteeImpl committee = new CommitteeImpl();
		return committee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Membership createMembership() {
		MembershipImpl membership = new MembershipImpl();
		return membership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recognition createRecognition() {
		RecognitionImpl recognition = new RecognitionImpl();
		return recognition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriveActivity createDriveActivity() {
		DriveActivityImpl driveActivity = new DriveActivityImpl();
		return driveActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringPlan createMonitoringPlan() {
		MonitoringPlanImpl monitoringPlan = new MonitoringPlanImpl();
		return monitoringPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingPeriod createReportingPeriod() {
		ReportingPeriodImpl reportingPeriod = new ReportingPeriodImpl();
		return reportingPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationInstrument createEvaluationInstrument() {
		EvaluationInstrumentImpl evaluationInstrument = new EvaluationInstrumentImpl();
		return evaluationInstrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentItem createInstrumentItem() {
		InstrumentItemImpl instrumentItem = new InstrumentItemImpl();
		return instrumentItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RatingScale createRatingScale() {
		RatingScaleImpl ratingScale = new RatingScaleImpl();
		return ratingScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel createScaleLevel() {
		ScaleLevelImpl scaleLevel = new ScaleLevelImpl();
		return scaleLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingSchedule createReportingSchedule() {
		ReportingScheduleImpl reportingSchedule = new ReportingScheduleImpl();
		return reportingSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduledReport createScheduledReport() {
		ScheduledReportImpl scheduledReport = new ScheduledReportImpl();
		return scheduledReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParticipationChannel createParticipationChannel() {
		ParticipationChannelImpl participationChannel = new ParticipationChannelImpl();
		return participationChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanRevision createPlanRevision() {
		PlanRevisionImpl planRevision = new PlanRevisionImpl();
		return planRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NarrativeSection createNarrativeSection() {
		NarrativeSectionImpl narrativeSection = new NarrativeSectionImpl();
		return narrativeSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextBlock createTextBlock() {
		TextBlockImpl textBlock = new TextBlockImpl();
		return textBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwotItem createSwotItem() {
		SwotItemImpl swotItem = new SwotItemImpl();
		return swotItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoreValue createCoreValue() {
		CoreValueImpl coreValue = new CoreValueImpl();
		return coreValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpendingPlanEntry createSpendingPlanEntry() {
		SpendingPlanEntryImpl spendingPlanEntry = new SpendingPlanEntryImpl();
		return spendingPlanEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanLevel createPlanLevelFromString(EDataType eDataType, String initialValue) {
		PlanLevel result = PlanLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorKind createIndicatorKindFromString(EDataType eDataType, String initialValue) {
		IndicatorKind result = IndicatorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndicatorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueType createValueTypeFromString(EDataType eDataType, String initialValue) {
		ValueType result = ValueType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertValueTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Frequency createFrequencyFromString(EDataType eDataType, String initialValue) {
		Frequency result = Frequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AlignmentKind createAlignmentKindFromString(EDataType eDataType, String initialValue) {
		AlignmentKind result = AlignmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAlignmentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectStatus createProjectStatusFromString(EDataType eDataType, String initialValue) {
		ProjectStatus result = ProjectStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjectStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetStatus createBudgetStatusFromString(EDataType eDataType, String initialValue) {
		BudgetStatus result = BudgetStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBudgetStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FundingSourceKind createFundingSourceKindFromString(EDataType eDataType, String initialValue) {
		FundingSourceKind result = FundingSourceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFundingSourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExpenseCategory createExpenseCategoryFromString(EDataType eDataType, String initialValue) {
		ExpenseCategory result = ExpenseCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExpenseCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganizationKind createOrganizationKindFromString(EDataType eDataType, String initialValue) {
		OrganizationKind result = OrganizationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganizationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PersonRole createPersonRoleFromString(EDataType eDataType, String initialValue) {
		PersonRole result = PersonRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPersonRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContactKind createContactKindFromString(EDataType eDataType, String initialValue) {
		ContactKind result = ContactKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContactKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LearningResourceKind createLearningResourceKindFromString(EDataType eDataType, String initialValue) {
		LearningResourceKind result = LearningResourceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLearningResourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommitteeKind createCommitteeKindFromString(EDataType eDataType, String initialValue) {
		CommitteeKind result = CommitteeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommitteeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MembershipRole createMembershipRoleFromString(EDataType eDataType, String initialValue) {
		MembershipRole result = MembershipRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMembershipRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DriveActivityKind createDriveActivityKindFromString(EDataType eDataType, String initialValue) {
		DriveActivityKind result = DriveActivityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriveActivityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeriodKind createPeriodKindFromString(EDataType eDataType, String initialValue) {
		PeriodKind result = PeriodKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentKind createInstrumentKindFromString(EDataType eDataType, String initialValue) {
		InstrumentKind result = InstrumentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstrumentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemKind createItemKindFromString(EDataType eDataType, String initialValue) {
		ItemKind result = ItemKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelKind createChannelKindFromString(EDataType eDataType, String initialValue) {
		ChannelKind result = ChannelKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanStatus createPlanStatusFromString(EDataType eDataType, String initialValue) {
		PlanStatus result = PlanStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwotKind createSwotKindFromString(EDataType eDataType, String initialValue) {
		SwotKind result = SwotKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSwotKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SectionKind createSectionKindFromString(EDataType eDataType, String initialValue) {
		SectionKind result = SectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TextBlockKind createTextBlockKindFromString(EDataType eDataType, String initialValue) {
		TextBlockKind result = TextBlockKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTextBlockKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelTable createModelTableFromString(EDataType eDataType, String initialValue) {
		ModelTable result = ModelTable.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertModelTableToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectKind createProjectKindFromString(EDataType eDataType, String initialValue) {
		ProjectKind result = ProjectKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjectKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetProgramme createBudgetProgrammeFromString(EDataType eDataType, String initialValue) {
		BudgetProgramme result = BudgetProgramme.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBudgetProgrammeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return org.phaen.model.internal.IsoDates.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigDecimal createDecimal(final String it) {
		return it == null ? null : new java.math.BigDecimal(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigDecimal createDecimalFromString(EDataType eDataType, String initialValue) {
		return createDecimal(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecimal(final BigDecimal it) {
		return it == null ? null : it.toPlainString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecimalToString(EDataType eDataType, Object instanceValue) {
		return convertDecimal((BigDecimal)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhaenPackage getPhaenPackage() {
		return (PhaenPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PhaenPackage getPackage() {
		return PhaenPackage.eINSTANCE;
	}

} //PhaenFactoryImpl
