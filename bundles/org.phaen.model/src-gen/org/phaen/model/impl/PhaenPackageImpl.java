/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.phaen.model.ActionPlan;
import org.phaen.model.Activity;
import org.phaen.model.Alignment;
import org.phaen.model.AlignmentKind;
import org.phaen.model.BudgetLine;
import org.phaen.model.BudgetProgramme;
import org.phaen.model.BudgetStatus;
import org.phaen.model.ChannelKind;
import org.phaen.model.Committee;
import org.phaen.model.CommitteeKind;
import org.phaen.model.Consent;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.CoreValue;
import org.phaen.model.Direction;
import org.phaen.model.DriveActivity;
import org.phaen.model.DriveActivityKind;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.ExpenseCategory;
import org.phaen.model.Frequency;
import org.phaen.model.FundingSource;
import org.phaen.model.FundingSourceKind;
import org.phaen.model.Goal;
import org.phaen.model.Identified;
import org.phaen.model.Indicator;
import org.phaen.model.IndicatorKind;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.LearningResource;
import org.phaen.model.LearningResourceKind;
import org.phaen.model.Measure;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;
import org.phaen.model.Milestone;
import org.phaen.model.Mission;
import org.phaen.model.ModelTable;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Mou;
import org.phaen.model.Named;
import org.phaen.model.NarrativeSection;
import org.phaen.model.Organization;
import org.phaen.model.OrganizationKind;
import org.phaen.model.ParticipationChannel;
import org.phaen.model.Party;
import org.phaen.model.PeriodKind;
import org.phaen.model.Person;
import org.phaen.model.PersonRole;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.PlanRevision;
import org.phaen.model.PlanStatus;
import org.phaen.model.Project;
import org.phaen.model.ProjectKind;
import org.phaen.model.ProjectStatus;
import org.phaen.model.RatingScale;
import org.phaen.model.Recognition;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScaleLevel;
import org.phaen.model.ScheduledReport;
import org.phaen.model.SectionKind;
import org.phaen.model.SpendingPlanEntry;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.SwotItem;
import org.phaen.model.SwotKind;
import org.phaen.model.Target;
import org.phaen.model.TargetGroup;
import org.phaen.model.TextBlock;
import org.phaen.model.TextBlockKind;
import org.phaen.model.ValueType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PhaenPackageImpl extends EPackageImpl implements PhaenPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass alignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategicPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass missionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategicIssueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass milestoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fundingSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactDetailEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mouEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass committeeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass membershipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recognitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass driveActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass monitoringPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportingPeriodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationInstrumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ratingScaleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleLevelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportingScheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduledReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass participationChannelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planRevisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass narrativeSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass textBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass swotItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coreValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spendingPlanEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum indicatorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum valueTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum frequencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum alignmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum projectStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fundingSourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum expenseCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organizationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum personRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contactKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum learningResourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum committeeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum membershipRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum driveActivityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum periodKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instrumentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum itemKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum swotKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum textBlockKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum modelTableEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum projectKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetProgrammeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType decimalEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.phaen.model.PhaenPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PhaenPackageImpl() {
		super(eNS_URI, PhaenFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PhaenPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PhaenPackage init() {
		if (isInited) return (PhaenPackage)EPackage.Registry.INSTANCE.getEPackage(PhaenPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPhaenPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PhaenPackageImpl thePhaenPackage = registeredPhaenPackage instanceof PhaenPackageImpl ? (PhaenPackageImpl)registeredPhaenPackage : new PhaenPackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePhaenPackage.createPackageContents();

		// Initialize created meta-data
		thePhaenPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePhaenPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PhaenPackage.eNS_URI, thePhaenPackage);
		return thePhaenPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Uuid() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Code() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_NameEn() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Description() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanElement() {
		return planElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanElement_Alignments() {
		return (EReference)planElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlignment() {
		return alignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlignment_Kind() {
		return (EAttribute)alignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlignment_Target() {
		return (EReference)alignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlignment_Rationale() {
		return (EAttribute)alignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanModel() {
		return planModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanModel_Title() {
		return (EAttribute)planModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanModel_ModelVersion() {
		return (EAttribute)planModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanModel_ExampleData() {
		return (EAttribute)planModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_Plans() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_Organizations() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_People() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_LearningResources() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_FundingSources() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_Mous() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_Committees() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_Recognitions() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_DriveActivities() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanModel_MonitoringPlans() {
		return (EReference)planModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanDocument() {
		return planDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanDocument_Level() {
		return (EAttribute)planDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanDocument_OwnerAgency() {
		return (EReference)planDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanDocument_ApprovedOn() {
		return (EAttribute)planDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanDocument_DocumentReference() {
		return (EAttribute)planDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanDocument_BudgetTotal() {
		return (EAttribute)planDocumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanDocument_ApprovalStatus() {
		return (EAttribute)planDocumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanDocument_ApprovedBy() {
		return (EReference)planDocumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanDocument_ApprovalReference() {
		return (EAttribute)planDocumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanDocument_Revisions() {
		return (EReference)planDocumentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanDocument_Narrative() {
		return (EReference)planDocumentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategicPlan() {
		return strategicPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicPlan_StartYear() {
		return (EAttribute)strategicPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicPlan_EndYear() {
		return (EAttribute)strategicPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicPlan_Vision() {
		return (EAttribute)strategicPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicPlan_VisionEn() {
		return (EAttribute)strategicPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicPlan_Missions() {
		return (EReference)strategicPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicPlan_StrategicIssues() {
		return (EReference)strategicPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicPlan_CoreValues() {
		return (EReference)strategicPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicPlan_SwotItems() {
		return (EReference)strategicPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMission() {
		return missionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategicIssue() {
		return strategicIssueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicIssue_Goals() {
		return (EReference)strategicIssueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicIssue_Strategies() {
		return (EReference)strategicIssueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicIssue_BudgetTotal() {
		return (EAttribute)strategicIssueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal() {
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Indicators() {
		return (EReference)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategy() {
		return strategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_ServesGoals() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Measures() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Indicators() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasure() {
		return measureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Kind() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Unit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_UnitEn() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_ValueType() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Direction() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_BaselineValue() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_BaselineYear() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_DataSource() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Frequency() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Responsible() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Targets() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTarget() {
		return targetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_FiscalYear() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Value() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Text() {
		return (EAttribute)targetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionPlan() {
		return actionPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionPlan_FiscalYear() {
		return (EAttribute)actionPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionPlan_StrategicPlan() {
		return (EReference)actionPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionPlan_Projects() {
		return (EReference)actionPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProject() {
		return projectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Rationale() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_BudgetTotal() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Objectives() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Outputs() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Outcomes() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_TargetGroups() {
		return (EReference)projectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Location() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_StartDate() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_EndDate() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Status() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_ResponsibleOrganization() {
		return (EReference)projectEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_ResponsiblePerson() {
		return (EReference)projectEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Partners() {
		return (EReference)projectEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_LearningResources() {
		return (EReference)projectEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_ResourcePersons() {
		return (EReference)projectEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_ImplementsStrategies() {
		return (EReference)projectEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_MeasuredBy() {
		return (EReference)projectEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Indicators() {
		return (EReference)projectEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Activities() {
		return (EReference)projectEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_BudgetLines() {
		return (EReference)projectEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_ProjectKind() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_BudgetProgramme() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_SdgGoals() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_SpendingPlan() {
		return (EReference)projectEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetGroup() {
		return targetGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetGroup_Description() {
		return (EAttribute)targetGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetGroup_Quantity() {
		return (EAttribute)targetGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetGroup_Unit() {
		return (EAttribute)targetGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivity() {
		return activityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_StartDate() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_EndDate() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Responsible() {
		return (EReference)activityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Milestones() {
		return (EReference)activityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMilestone() {
		return milestoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_DueDate() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_Deliverable() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetLine() {
		return budgetLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Description() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Amount() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudgetLine_Source() {
		return (EReference)budgetLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Category() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Status() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudgetLine_Activity() {
		return (EReference)budgetLineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFundingSource() {
		return fundingSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingSource_Kind() {
		return (EAttribute)fundingSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFundingSource_Provider() {
		return (EReference)fundingSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingSource_FiscalYear() {
		return (EAttribute)fundingSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingSource_Ceiling() {
		return (EAttribute)fundingSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParty() {
		return partyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParty_Contacts() {
		return (EReference)partyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganization() {
		return organizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Kind() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Parent() {
		return (EReference)organizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Province() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Address() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Website() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Honorific() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Role() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Affiliation() {
		return (EReference)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Position() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Expertise() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Consents() {
		return (EReference)personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsent() {
		return consentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_GivenOn() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_WithdrawnOn() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_CoversName() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsent_CoversContacts() {
		return (EReference)consentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_Evidence() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactDetail() {
		return contactDetailEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetail_Kind() {
		return (EAttribute)contactDetailEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetail_Value() {
		return (EAttribute)contactDetailEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetail_PersonalData() {
		return (EAttribute)contactDetailEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningResource() {
		return learningResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Kind() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Location() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLearningResource_Custodian() {
		return (EReference)learningResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningResource_Topics() {
		return (EAttribute)learningResourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMou() {
		return mouEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMou_Parties() {
		return (EReference)mouEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMou_SignedOn() {
		return (EAttribute)mouEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMou_StartDate() {
		return (EAttribute)mouEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMou_EndDate() {
		return (EAttribute)mouEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMou_Scope() {
		return (EAttribute)mouEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMou_Projects() {
		return (EReference)mouEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommittee() {
		return committeeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommittee_Kind() {
		return (EAttribute)committeeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommittee_OrderNumber() {
		return (EAttribute)committeeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommittee_OrderDate() {
		return (EAttribute)committeeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommittee_AppointedBy() {
		return (EReference)committeeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommittee_Mandate() {
		return (EAttribute)committeeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommittee_ResponsibleFor() {
		return (EReference)committeeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommittee_Memberships() {
		return (EReference)committeeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMembership() {
		return membershipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_Person() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_Organization() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Position() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Role() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_StartDate() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_EndDate() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecognition() {
		return recognitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecognition_Recipient() {
		return (EReference)recognitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecognition_Reason() {
		return (EAttribute)recognitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecognition_Date() {
		return (EAttribute)recognitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecognition_Contribution() {
		return (EAttribute)recognitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecognition_AwardedBy() {
		return (EReference)recognitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecognition_RelatedProjects() {
		return (EReference)recognitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDriveActivity() {
		return driveActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriveActivity_Kind() {
		return (EAttribute)driveActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriveActivity_Date() {
		return (EAttribute)driveActivityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriveActivity_Audience() {
		return (EAttribute)driveActivityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriveActivity_Channel() {
		return (EAttribute)driveActivityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriveActivity_Organizer() {
		return (EReference)driveActivityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriveActivity_RelatedElements() {
		return (EReference)driveActivityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriveActivity_Decisions() {
		return (EAttribute)driveActivityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMonitoringPlan() {
		return monitoringPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoringPlan_FiscalYear() {
		return (EAttribute)monitoringPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoringPlan_ActionPlans() {
		return (EReference)monitoringPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoringPlan_Committee() {
		return (EReference)monitoringPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoringPlan_ReportingAgencies() {
		return (EReference)monitoringPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoringPlan_ReportingPeriods() {
		return (EReference)monitoringPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoringPlan_Instruments() {
		return (EReference)monitoringPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoringPlan_ReportingSchedules() {
		return (EReference)monitoringPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitoringPlan_ParticipationChannels() {
		return (EReference)monitoringPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReportingPeriod() {
		return reportingPeriodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_Kind() {
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_Sequence() {
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_Months() {
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_StartDate() {
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_EndDate() {
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluationInstrument() {
		return evaluationInstrumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationInstrument_Kind() {
		return (EAttribute)evaluationInstrumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationInstrument_Version() {
		return (EAttribute)evaluationInstrumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationInstrument_FiscalYear() {
		return (EAttribute)evaluationInstrumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluationInstrument_Scope() {
		return (EReference)evaluationInstrumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluationInstrument_RatingScales() {
		return (EReference)evaluationInstrumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluationInstrument_Items() {
		return (EReference)evaluationInstrumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrumentItem() {
		return instrumentItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_ItemKind() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_Section() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_SectionEn() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentItem_Indicator() {
		return (EReference)instrumentItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentItem_Subject() {
		return (EReference)instrumentItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrumentItem_Scale() {
		return (EReference)instrumentItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_Required() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_Hint() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_HintEn() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_GeneratorKey() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrumentItem_UserEdited() {
		return (EAttribute)instrumentItemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRatingScale() {
		return ratingScaleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRatingScale_Levels() {
		return (EReference)ratingScaleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScaleLevel() {
		return scaleLevelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleLevel_Value() {
		return (EAttribute)scaleLevelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleLevel_Label() {
		return (EAttribute)scaleLevelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleLevel_LabelEn() {
		return (EAttribute)scaleLevelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReportingSchedule() {
		return reportingScheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReportingSchedule_ActionPlan() {
		return (EReference)reportingScheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReportingSchedule_Reports() {
		return (EReference)reportingScheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduledReport() {
		return scheduledReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledReport_Period() {
		return (EReference)scheduledReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledReport_DueDate() {
		return (EAttribute)scheduledReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledReport_Responsible() {
		return (EReference)scheduledReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledReport_Recipients() {
		return (EReference)scheduledReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledReport_Instrument() {
		return (EReference)scheduledReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParticipationChannel() {
		return participationChannelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipationChannel_Kind() {
		return (EAttribute)participationChannelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipationChannel_Address() {
		return (EAttribute)participationChannelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParticipationChannel_Audience() {
		return (EAttribute)participationChannelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanRevision() {
		return planRevisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_Date() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_Description() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanRevision_ApprovedBy() {
		return (EReference)planRevisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanRevision_Reference() {
		return (EAttribute)planRevisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNarrativeSection() {
		return narrativeSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeSection_Kind() {
		return (EAttribute)narrativeSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeSection_Heading() {
		return (EAttribute)narrativeSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeSection_HeadingEn() {
		return (EAttribute)narrativeSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNarrativeSection_Blocks() {
		return (EReference)narrativeSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeSection_TablesAfter() {
		return (EAttribute)narrativeSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTextBlock() {
		return textBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextBlock_Kind() {
		return (EAttribute)textBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextBlock_Text() {
		return (EAttribute)textBlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTextBlock_Items() {
		return (EAttribute)textBlockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwotItem() {
		return swotItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwotItem_Kind() {
		return (EAttribute)swotItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwotItem_Statement() {
		return (EAttribute)swotItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwotItem_StatementEn() {
		return (EAttribute)swotItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwotItem_Evidence() {
		return (EAttribute)swotItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoreValue() {
		return coreValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpendingPlanEntry() {
		return spendingPlanEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpendingPlanEntry_PeriodKind() {
		return (EAttribute)spendingPlanEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpendingPlanEntry_Sequence() {
		return (EAttribute)spendingPlanEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpendingPlanEntry_Amount() {
		return (EAttribute)spendingPlanEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpendingPlanEntry_Source() {
		return (EReference)spendingPlanEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanLevel() {
		return planLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndicatorKind() {
		return indicatorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getValueType() {
		return valueTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFrequency() {
		return frequencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAlignmentKind() {
		return alignmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProjectStatus() {
		return projectStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetStatus() {
		return budgetStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFundingSourceKind() {
		return fundingSourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExpenseCategory() {
		return expenseCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganizationKind() {
		return organizationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPersonRole() {
		return personRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContactKind() {
		return contactKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLearningResourceKind() {
		return learningResourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommitteeKind() {
		return committeeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMembershipRole() {
		return membershipRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDriveActivityKind() {
		return driveActivityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPeriodKind() {
		return periodKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstrumentKind() {
		return instrumentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getItemKind() {
		return itemKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelKind() {
		return channelKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanStatus() {
		return planStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSwotKind() {
		return swotKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSectionKind() {
		return sectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTextBlockKind() {
		return textBlockKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getModelTable() {
		return modelTableEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProjectKind() {
		return projectKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetProgramme() {
		return budgetProgrammeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDecimal() {
		return decimalEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhaenFactory getPhaenFactory() {
		return (PhaenFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__UUID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__CODE);
		createEAttribute(namedEClass, NAMED__NAME);
		createEAttribute(namedEClass, NAMED__NAME_EN);
		createEAttribute(namedEClass, NAMED__DESCRIPTION);

		planElementEClass = createEClass(PLAN_ELEMENT);
		createEReference(planElementEClass, PLAN_ELEMENT__ALIGNMENTS);

		alignmentEClass = createEClass(ALIGNMENT);
		createEAttribute(alignmentEClass, ALIGNMENT__KIND);
		createEReference(alignmentEClass, ALIGNMENT__TARGET);
		createEAttribute(alignmentEClass, ALIGNMENT__RATIONALE);

		planModelEClass = createEClass(PLAN_MODEL);
		createEAttribute(planModelEClass, PLAN_MODEL__TITLE);
		createEAttribute(planModelEClass, PLAN_MODEL__MODEL_VERSION);
		createEAttribute(planModelEClass, PLAN_MODEL__EXAMPLE_DATA);
		createEReference(planModelEClass, PLAN_MODEL__PLANS);
		createEReference(planModelEClass, PLAN_MODEL__ORGANIZATIONS);
		createEReference(planModelEClass, PLAN_MODEL__PEOPLE);
		createEReference(planModelEClass, PLAN_MODEL__LEARNING_RESOURCES);
		createEReference(planModelEClass, PLAN_MODEL__FUNDING_SOURCES);
		createEReference(planModelEClass, PLAN_MODEL__MOUS);
		createEReference(planModelEClass, PLAN_MODEL__COMMITTEES);
		createEReference(planModelEClass, PLAN_MODEL__RECOGNITIONS);
		createEReference(planModelEClass, PLAN_MODEL__DRIVE_ACTIVITIES);
		createEReference(planModelEClass, PLAN_MODEL__MONITORING_PLANS);

		planDocumentEClass = createEClass(PLAN_DOCUMENT);
		createEAttribute(planDocumentEClass, PLAN_DOCUMENT__LEVEL);
		createEReference(planDocumentEClass, PLAN_DOCUMENT__OWNER_AGENCY);
		createEAttribute(planDocumentEClass, PLAN_DOCUMENT__APPROVED_ON);
		createEAttribute(planDocumentEClass, PLAN_DOCUMENT__DOCUMENT_REFERENCE);
		createEAttribute(planDocumentEClass, PLAN_DOCUMENT__BUDGET_TOTAL);
		createEAttribute(planDocumentEClass, PLAN_DOCUMENT__APPROVAL_STATUS);
		createEReference(planDocumentEClass, PLAN_DOCUMENT__APPROVED_BY);
		createEAttribute(planDocumentEClass, PLAN_DOCUMENT__APPROVAL_REFERENCE);
		createEReference(planDocumentEClass, PLAN_DOCUMENT__REVISIONS);
		createEReference(planDocumentEClass, PLAN_DOCUMENT__NARRATIVE);

		strategicPlanEClass = createEClass(STRATEGIC_PLAN);
		createEAttribute(strategicPlanEClass, STRATEGIC_PLAN__START_YEAR);
		createEAttribute(strategicPlanEClass, STRATEGIC_PLAN__END_YEAR);
		createEAttribute(strategicPlanEClass, STRATEGIC_PLAN__VISION);
		createEAttribute(strategicPlanEClass, STRATEGIC_PLAN__VISION_EN);
		createEReference(strategicPlanEClass, STRATEGIC_PLAN__MISSIONS);
		createEReference(strategicPlanEClass, STRATEGIC_PLAN__STRATEGIC_ISSUES);
		createEReference(strategicPlanEClass, STRATEGIC_PLAN__CORE_VALUES);
		createEReference(strategicPlanEClass, STRATEGIC_PLAN__SWOT_ITEMS);

		missionEClass = createEClass(MISSION);

		strategicIssueEClass = createEClass(STRATEGIC_ISSUE);
		createEReference(strategicIssueEClass, STRATEGIC_ISSUE__GOALS);
		createEReference(strategicIssueEClass, STRATEGIC_ISSUE__STRATEGIES);
		createEAttribute(strategicIssueEClass, STRATEGIC_ISSUE__BUDGET_TOTAL);

		goalEClass = createEClass(GOAL);
		createEReference(goalEClass, GOAL__INDICATORS);

		strategyEClass = createEClass(STRATEGY);
		createEReference(strategyEClass, STRATEGY__SERVES_GOALS);
		createEReference(strategyEClass, STRATEGY__MEASURES);
		createEReference(strategyEClass, STRATEGY__INDICATORS);

		measureEClass = createEClass(MEASURE);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__KIND);
		createEAttribute(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__UNIT_EN);
		createEAttribute(indicatorEClass, INDICATOR__VALUE_TYPE);
		createEAttribute(indicatorEClass, INDICATOR__DIRECTION);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE_VALUE);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE_YEAR);
		createEAttribute(indicatorEClass, INDICATOR__DATA_SOURCE);
		createEAttribute(indicatorEClass, INDICATOR__FREQUENCY);
		createEReference(indicatorEClass, INDICATOR__RESPONSIBLE);
		createEReference(indicatorEClass, INDICATOR__TARGETS);

		targetEClass = createEClass(TARGET);
		createEAttribute(targetEClass, TARGET__FISCAL_YEAR);
		createEAttribute(targetEClass, TARGET__VALUE);
		createEAttribute(targetEClass, TARGET__TEXT);

		actionPlanEClass = createEClass(ACTION_PLAN);
		createEAttribute(actionPlanEClass, ACTION_PLAN__FISCAL_YEAR);
		createEReference(actionPlanEClass, ACTION_PLAN__STRATEGIC_PLAN);
		createEReference(actionPlanEClass, ACTION_PLAN__PROJECTS);

		projectEClass = createEClass(PROJECT);
		createEAttribute(projectEClass, PROJECT__RATIONALE);
		createEAttribute(projectEClass, PROJECT__BUDGET_TOTAL);
		createEAttribute(projectEClass, PROJECT__OBJECTIVES);
		createEAttribute(projectEClass, PROJECT__OUTPUTS);
		createEAttribute(projectEClass, PROJECT__OUTCOMES);
		createEReference(projectEClass, PROJECT__TARGET_GROUPS);
		createEAttribute(projectEClass, PROJECT__LOCATION);
		createEAttribute(projectEClass, PROJECT__START_DATE);
		createEAttribute(projectEClass, PROJECT__END_DATE);
		createEAttribute(projectEClass, PROJECT__STATUS);
		createEReference(projectEClass, PROJECT__RESPONSIBLE_ORGANIZATION);
		createEReference(projectEClass, PROJECT__RESPONSIBLE_PERSON);
		createEReference(projectEClass, PROJECT__PARTNERS);
		createEReference(projectEClass, PROJECT__LEARNING_RESOURCES);
		createEReference(projectEClass, PROJECT__RESOURCE_PERSONS);
		createEReference(projectEClass, PROJECT__IMPLEMENTS_STRATEGIES);
		createEReference(projectEClass, PROJECT__MEASURED_BY);
		createEReference(projectEClass, PROJECT__INDICATORS);
		createEReference(projectEClass, PROJECT__ACTIVITIES);
		createEReference(projectEClass, PROJECT__BUDGET_LINES);
		createEAttribute(projectEClass, PROJECT__PROJECT_KIND);
		createEAttribute(projectEClass, PROJECT__BUDGET_PROGRAMME);
		createEAttribute(projectEClass, PROJECT__SDG_GOALS);
		createEReference(projectEClass, PROJECT__SPENDING_PLAN);

		targetGroupEClass = createEClass(TARGET_GROUP);
		createEAttribute(targetGroupEClass, TARGET_GROUP__DESCRIPTION);
		createEAttribute(targetGroupEClass, TARGET_GROUP__QUANTITY);
		createEAttribute(targetGroupEClass, TARGET_GROUP__UNIT);

		activityEClass = createEClass(ACTIVITY);
		createEAttribute(activityEClass, ACTIVITY__START_DATE);
		createEAttribute(activityEClass, ACTIVITY__END_DATE);
		createEReference(activityEClass, ACTIVITY__RESPONSIBLE);
		createEReference(activityEClass, ACTIVITY__MILESTONES);

		milestoneEClass = createEClass(MILESTONE);
		createEAttribute(milestoneEClass, MILESTONE__DUE_DATE);
		createEAttribute(milestoneEClass, MILESTONE__DELIVERABLE);

		budgetLineEClass = createEClass(BUDGET_LINE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__DESCRIPTION);
		createEAttribute(budgetLineEClass, BUDGET_LINE__AMOUNT);
		createEReference(budgetLineEClass, BUDGET_LINE__SOURCE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__CATEGORY);
		createEAttribute(budgetLineEClass, BUDGET_LINE__STATUS);
		createEReference(budgetLineEClass, BUDGET_LINE__ACTIVITY);

		fundingSourceEClass = createEClass(FUNDING_SOURCE);
		createEAttribute(fundingSourceEClass, FUNDING_SOURCE__KIND);
		createEReference(fundingSourceEClass, FUNDING_SOURCE__PROVIDER);
		createEAttribute(fundingSourceEClass, FUNDING_SOURCE__FISCAL_YEAR);
		createEAttribute(fundingSourceEClass, FUNDING_SOURCE__CEILING);

		partyEClass = createEClass(PARTY);
		createEReference(partyEClass, PARTY__CONTACTS);

		organizationEClass = createEClass(ORGANIZATION);
		createEAttribute(organizationEClass, ORGANIZATION__KIND);
		createEReference(organizationEClass, ORGANIZATION__PARENT);
		createEAttribute(organizationEClass, ORGANIZATION__PROVINCE);
		createEAttribute(organizationEClass, ORGANIZATION__ADDRESS);
		createEAttribute(organizationEClass, ORGANIZATION__WEBSITE);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__HONORIFIC);
		createEAttribute(personEClass, PERSON__ROLE);
		createEReference(personEClass, PERSON__AFFILIATION);
		createEAttribute(personEClass, PERSON__POSITION);
		createEAttribute(personEClass, PERSON__EXPERTISE);
		createEReference(personEClass, PERSON__CONSENTS);

		consentEClass = createEClass(CONSENT);
		createEAttribute(consentEClass, CONSENT__GIVEN_ON);
		createEAttribute(consentEClass, CONSENT__WITHDRAWN_ON);
		createEAttribute(consentEClass, CONSENT__COVERS_NAME);
		createEReference(consentEClass, CONSENT__COVERS_CONTACTS);
		createEAttribute(consentEClass, CONSENT__EVIDENCE);

		contactDetailEClass = createEClass(CONTACT_DETAIL);
		createEAttribute(contactDetailEClass, CONTACT_DETAIL__KIND);
		createEAttribute(contactDetailEClass, CONTACT_DETAIL__VALUE);
		createEAttribute(contactDetailEClass, CONTACT_DETAIL__PERSONAL_DATA);

		learningResourceEClass = createEClass(LEARNING_RESOURCE);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__KIND);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__LOCATION);
		createEReference(learningResourceEClass, LEARNING_RESOURCE__CUSTODIAN);
		createEAttribute(learningResourceEClass, LEARNING_RESOURCE__TOPICS);

		mouEClass = createEClass(MOU);
		createEReference(mouEClass, MOU__PARTIES);
		createEAttribute(mouEClass, MOU__SIGNED_ON);
		createEAttribute(mouEClass, MOU__START_DATE);
		createEAttribute(mouEClass, MOU__END_DATE);
		createEAttribute(mouEClass, MOU__SCOPE);
		createEReference(mouEClass, MOU__PROJECTS);

		committeeEClass = createEClass(COMMITTEE);
		createEAttribute(committeeEClass, COMMITTEE__KIND);
		createEAttribute(committeeEClass, COMMITTEE__ORDER_NUMBER);
		createEAttribute(committeeEClass, COMMITTEE__ORDER_DATE);
		createEReference(committeeEClass, COMMITTEE__APPOINTED_BY);
		createEAttribute(committeeEClass, COMMITTEE__MANDATE);
		createEReference(committeeEClass, COMMITTEE__RESPONSIBLE_FOR);
		createEReference(committeeEClass, COMMITTEE__MEMBERSHIPS);

		membershipEClass = createEClass(MEMBERSHIP);
		createEReference(membershipEClass, MEMBERSHIP__PERSON);
		createEReference(membershipEClass, MEMBERSHIP__ORGANIZATION);
		createEAttribute(membershipEClass, MEMBERSHIP__POSITION);
		createEAttribute(membershipEClass, MEMBERSHIP__ROLE);
		createEAttribute(membershipEClass, MEMBERSHIP__START_DATE);
		createEAttribute(membershipEClass, MEMBERSHIP__END_DATE);

		recognitionEClass = createEClass(RECOGNITION);
		createEReference(recognitionEClass, RECOGNITION__RECIPIENT);
		createEAttribute(recognitionEClass, RECOGNITION__REASON);
		createEAttribute(recognitionEClass, RECOGNITION__DATE);
		createEAttribute(recognitionEClass, RECOGNITION__CONTRIBUTION);
		createEReference(recognitionEClass, RECOGNITION__AWARDED_BY);
		createEReference(recognitionEClass, RECOGNITION__RELATED_PROJECTS);

		driveActivityEClass = createEClass(DRIVE_ACTIVITY);
		createEAttribute(driveActivityEClass, DRIVE_ACTIVITY__KIND);
		createEAttribute(driveActivityEClass, DRIVE_ACTIVITY__DATE);
		createEAttribute(driveActivityEClass, DRIVE_ACTIVITY__AUDIENCE);
		createEAttribute(driveActivityEClass, DRIVE_ACTIVITY__CHANNEL);
		createEReference(driveActivityEClass, DRIVE_ACTIVITY__ORGANIZER);
		createEReference(driveActivityEClass, DRIVE_ACTIVITY__RELATED_ELEMENTS);
		createEAttribute(driveActivityEClass, DRIVE_ACTIVITY__DECISIONS);

		monitoringPlanEClass = createEClass(MONITORING_PLAN);
		createEAttribute(monitoringPlanEClass, MONITORING_PLAN__FISCAL_YEAR);
		createEReference(monitoringPlanEClass, MONITORING_PLAN__ACTION_PLANS);
		createEReference(monitoringPlanEClass, MONITORING_PLAN__COMMITTEE);
		createEReference(monitoringPlanEClass, MONITORING_PLAN__REPORTING_AGENCIES);
		createEReference(monitoringPlanEClass, MONITORING_PLAN__REPORTING_PERIODS);
		createEReference(monitoringPlanEClass, MONITORING_PLAN__INSTRUMENTS);
		createEReference(monitoringPlanEClass, MONITORING_PLAN__REPORTING_SCHEDULES);
		createEReference(monitoringPlanEClass, MONITORING_PLAN__PARTICIPATION_CHANNELS);

		reportingPeriodEClass = createEClass(REPORTING_PERIOD);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__KIND);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__SEQUENCE);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__MONTHS);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__START_DATE);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__END_DATE);

		evaluationInstrumentEClass = createEClass(EVALUATION_INSTRUMENT);
		createEAttribute(evaluationInstrumentEClass, EVALUATION_INSTRUMENT__KIND);
		createEAttribute(evaluationInstrumentEClass, EVALUATION_INSTRUMENT__VERSION);
		createEAttribute(evaluationInstrumentEClass, EVALUATION_INSTRUMENT__FISCAL_YEAR);
		createEReference(evaluationInstrumentEClass, EVALUATION_INSTRUMENT__SCOPE);
		createEReference(evaluationInstrumentEClass, EVALUATION_INSTRUMENT__RATING_SCALES);
		createEReference(evaluationInstrumentEClass, EVALUATION_INSTRUMENT__ITEMS);

		instrumentItemEClass = createEClass(INSTRUMENT_ITEM);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__ITEM_KIND);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__SECTION);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__SECTION_EN);
		createEReference(instrumentItemEClass, INSTRUMENT_ITEM__INDICATOR);
		createEReference(instrumentItemEClass, INSTRUMENT_ITEM__SUBJECT);
		createEReference(instrumentItemEClass, INSTRUMENT_ITEM__SCALE);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__REQUIRED);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__HINT);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__HINT_EN);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__GENERATOR_KEY);
		createEAttribute(instrumentItemEClass, INSTRUMENT_ITEM__USER_EDITED);

		ratingScaleEClass = createEClass(RATING_SCALE);
		createEReference(ratingScaleEClass, RATING_SCALE__LEVELS);

		scaleLevelEClass = createEClass(SCALE_LEVEL);
		createEAttribute(scaleLevelEClass, SCALE_LEVEL__VALUE);
		createEAttribute(scaleLevelEClass, SCALE_LEVEL__LABEL);
		createEAttribute(scaleLevelEClass, SCALE_LEVEL__LABEL_EN);

		reportingScheduleEClass = createEClass(REPORTING_SCHEDULE);
		createEReference(reportingScheduleEClass, REPORTING_SCHEDULE__ACTION_PLAN);
		createEReference(reportingScheduleEClass, REPORTING_SCHEDULE__REPORTS);

		scheduledReportEClass = createEClass(SCHEDULED_REPORT);
		createEReference(scheduledReportEClass, SCHEDULED_REPORT__PERIOD);
		createEAttribute(scheduledReportEClass, SCHEDULED_REPORT__DUE_DATE);
		createEReference(scheduledReportEClass, SCHEDULED_REPORT__RESPONSIBLE);
		createEReference(scheduledReportEClass, SCHEDULED_REPORT__RECIPIENTS);
		createEReference(scheduledReportEClass, SCHEDULED_REPORT__INSTRUMENT);

		participationChannelEClass = createEClass(PARTICIPATION_CHANNEL);
		createEAttribute(participationChannelEClass, PARTICIPATION_CHANNEL__KIND);
		createEAttribute(participationChannelEClass, PARTICIPATION_CHANNEL__ADDRESS);
		createEAttribute(participationChannelEClass, PARTICIPATION_CHANNEL__AUDIENCE);

		planRevisionEClass = createEClass(PLAN_REVISION);
		createEAttribute(planRevisionEClass, PLAN_REVISION__DATE);
		createEAttribute(planRevisionEClass, PLAN_REVISION__DESCRIPTION);
		createEReference(planRevisionEClass, PLAN_REVISION__APPROVED_BY);
		createEAttribute(planRevisionEClass, PLAN_REVISION__REFERENCE);

		narrativeSectionEClass = createEClass(NARRATIVE_SECTION);
		createEAttribute(narrativeSectionEClass, NARRATIVE_SECTION__KIND);
		createEAttribute(narrativeSectionEClass, NARRATIVE_SECTION__HEADING);
		createEAttribute(narrativeSectionEClass, NARRATIVE_SECTION__HEADING_EN);
		createEReference(narrativeSectionEClass, NARRATIVE_SECTION__BLOCKS);
		createEAttribute(narrativeSectionEClass, NARRATIVE_SECTION__TABLES_AFTER);

		textBlockEClass = createEClass(TEXT_BLOCK);
		createEAttribute(textBlockEClass, TEXT_BLOCK__KIND);
		createEAttribute(textBlockEClass, TEXT_BLOCK__TEXT);
		createEAttribute(textBlockEClass, TEXT_BLOCK__ITEMS);

		swotItemEClass = createEClass(SWOT_ITEM);
		createEAttribute(swotItemEClass, SWOT_ITEM__KIND);
		createEAttribute(swotItemEClass, SWOT_ITEM__STATEMENT);
		createEAttribute(swotItemEClass, SWOT_ITEM__STATEMENT_EN);
		createEAttribute(swotItemEClass, SWOT_ITEM__EVIDENCE);

		coreValueEClass = createEClass(CORE_VALUE);

		spendingPlanEntryEClass = createEClass(SPENDING_PLAN_ENTRY);
		createEAttribute(spendingPlanEntryEClass, SPENDING_PLAN_ENTRY__PERIOD_KIND);
		createEAttribute(spendingPlanEntryEClass, SPENDING_PLAN_ENTRY__SEQUENCE);
		createEAttribute(spendingPlanEntryEClass, SPENDING_PLAN_ENTRY__AMOUNT);
		createEReference(spendingPlanEntryEClass, SPENDING_PLAN_ENTRY__SOURCE);

		// Create enums
		planLevelEEnum = createEEnum(PLAN_LEVEL);
		indicatorKindEEnum = createEEnum(INDICATOR_KIND);
		valueTypeEEnum = createEEnum(VALUE_TYPE);
		directionEEnum = createEEnum(DIRECTION);
		frequencyEEnum = createEEnum(FREQUENCY);
		alignmentKindEEnum = createEEnum(ALIGNMENT_KIND);
		projectStatusEEnum = createEEnum(PROJECT_STATUS);
		budgetStatusEEnum = createEEnum(BUDGET_STATUS);
		fundingSourceKindEEnum = createEEnum(FUNDING_SOURCE_KIND);
		expenseCategoryEEnum = createEEnum(EXPENSE_CATEGORY);
		organizationKindEEnum = createEEnum(ORGANIZATION_KIND);
		personRoleEEnum = createEEnum(PERSON_ROLE);
		contactKindEEnum = createEEnum(CONTACT_KIND);
		learningResourceKindEEnum = createEEnum(LEARNING_RESOURCE_KIND);
		committeeKindEEnum = createEEnum(COMMITTEE_KIND);
		membershipRoleEEnum = createEEnum(MEMBERSHIP_ROLE);
		driveActivityKindEEnum = createEEnum(DRIVE_ACTIVITY_KIND);
		periodKindEEnum = createEEnum(PERIOD_KIND);
		instrumentKindEEnum = createEEnum(INSTRUMENT_KIND);
		itemKindEEnum = createEEnum(ITEM_KIND);
		channelKindEEnum = createEEnum(CHANNEL_KIND);
		planStatusEEnum = createEEnum(PLAN_STATUS);
		swotKindEEnum = createEEnum(SWOT_KIND);
		sectionKindEEnum = createEEnum(SECTION_KIND);
		textBlockKindEEnum = createEEnum(TEXT_BLOCK_KIND);
		modelTableEEnum = createEEnum(MODEL_TABLE);
		projectKindEEnum = createEEnum(PROJECT_KIND);
		budgetProgrammeEEnum = createEEnum(BUDGET_PROGRAMME);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		decimalEDataType = createEDataType(DECIMAL);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		planElementEClass.getESuperTypes().add(this.getNamed());
		alignmentEClass.getESuperTypes().add(this.getIdentified());
		planModelEClass.getESuperTypes().add(this.getIdentified());
		planDocumentEClass.getESuperTypes().add(this.getPlanElement());
		strategicPlanEClass.getESuperTypes().add(this.getPlanDocument());
		missionEClass.getESuperTypes().add(this.getPlanElement());
		strategicIssueEClass.getESuperTypes().add(this.getPlanElement());
		goalEClass.getESuperTypes().add(this.getPlanElement());
		strategyEClass.getESuperTypes().add(this.getPlanElement());
		measureEClass.getESuperTypes().add(this.getPlanElement());
		indicatorEClass.getESuperTypes().add(this.getPlanElement());
		targetEClass.getESuperTypes().add(this.getIdentified());
		actionPlanEClass.getESuperTypes().add(this.getPlanDocument());
		projectEClass.getESuperTypes().add(this.getPlanElement());
		targetGroupEClass.getESuperTypes().add(this.getIdentified());
		activityEClass.getESuperTypes().add(this.getNamed());
		milestoneEClass.getESuperTypes().add(this.getNamed());
		budgetLineEClass.getESuperTypes().add(this.getIdentified());
		fundingSourceEClass.getESuperTypes().add(this.getNamed());
		partyEClass.getESuperTypes().add(this.getNamed());
		organizationEClass.getESuperTypes().add(this.getParty());
		personEClass.getESuperTypes().add(this.getParty());
		consentEClass.getESuperTypes().add(this.getIdentified());
		contactDetailEClass.getESuperTypes().add(this.getIdentified());
		learningResourceEClass.getESuperTypes().add(this.getNamed());
		mouEClass.getESuperTypes().add(this.getNamed());
		committeeEClass.getESuperTypes().add(this.getNamed());
		membershipEClass.getESuperTypes().add(this.getIdentified());
		recognitionEClass.getESuperTypes().add(this.getNamed());
		driveActivityEClass.getESuperTypes().add(this.getNamed());
		monitoringPlanEClass.getESuperTypes().add(this.getNamed());
		reportingPeriodEClass.getESuperTypes().add(this.getNamed());
		evaluationInstrumentEClass.getESuperTypes().add(this.getNamed());
		instrumentItemEClass.getESuperTypes().add(this.getNamed());
		ratingScaleEClass.getESuperTypes().add(this.getNamed());
		scaleLevelEClass.getESuperTypes().add(this.getIdentified());
		reportingScheduleEClass.getESuperTypes().add(this.getNamed());
		scheduledReportEClass.getESuperTypes().add(this.getNamed());
		participationChannelEClass.getESuperTypes().add(this.getNamed());
		planRevisionEClass.getESuperTypes().add(this.getIdentified());
		narrativeSectionEClass.getESuperTypes().add(this.getIdentified());
		textBlockEClass.getESuperTypes().add(this.getIdentified());
		swotItemEClass.getESuperTypes().add(this.getIdentified());
		coreValueEClass.getESuperTypes().add(this.getNamed());
		spendingPlanEntryEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Uuid(), ecorePackage.getEString(), "uuid", null, 1, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Code(), ecorePackage.getEString(), "code", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 1, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_Description(), ecorePackage.getEString(), "description", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planElementEClass, PlanElement.class, "PlanElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlanElement_Alignments(), this.getAlignment(), null, "alignments", null, 0, -1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(alignmentEClass, Alignment.class, "Alignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAlignment_Kind(), this.getAlignmentKind(), "kind", null, 0, 1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAlignment_Target(), this.getPlanElement(), null, "target", null, 1, 1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlignment_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planModelEClass, PlanModel.class, "PlanModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanModel_Title(), ecorePackage.getEString(), "title", null, 0, 1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanModel_ModelVersion(), ecorePackage.getEString(), "modelVersion", null, 0, 1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanModel_ExampleData(), ecorePackage.getEBoolean(), "exampleData", null, 0, 1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_Plans(), this.getPlanDocument(), null, "plans", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_Organizations(), this.getOrganization(), null, "organizations", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_People(), this.getPerson(), null, "people", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_LearningResources(), this.getLearningResource(), null, "learningResources", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_FundingSources(), this.getFundingSource(), null, "fundingSources", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_Mous(), this.getMou(), null, "mous", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_Committees(), this.getCommittee(), null, "committees", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_Recognitions(), this.getRecognition(), null, "recognitions", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_DriveActivities(), this.getDriveActivity(), null, "driveActivities", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanModel_MonitoringPlans(), this.getMonitoringPlan(), null, "monitoringPlans", null, 0, -1, PlanModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planDocumentEClass, PlanDocument.class, "PlanDocument", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanDocument_Level(), this.getPlanLevel(), "level", null, 0, 1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanDocument_OwnerAgency(), this.getOrganization(), null, "ownerAgency", null, 0, 1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanDocument_ApprovedOn(), this.getLocalDate(), "approvedOn", null, 0, 1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanDocument_DocumentReference(), ecorePackage.getEString(), "documentReference", null, 0, 1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanDocument_BudgetTotal(), this.getDecimal(), "budgetTotal", null, 0, 1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanDocument_ApprovalStatus(), this.getPlanStatus(), "approvalStatus", null, 0, 1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanDocument_ApprovedBy(), this.getCommittee(), null, "approvedBy", null, 0, 1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanDocument_ApprovalReference(), ecorePackage.getEString(), "approvalReference", null, 0, 1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanDocument_Revisions(), this.getPlanRevision(), null, "revisions", null, 0, -1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanDocument_Narrative(), this.getNarrativeSection(), null, "narrative", null, 0, -1, PlanDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategicPlanEClass, StrategicPlan.class, "StrategicPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStrategicPlan_StartYear(), ecorePackage.getEInt(), "startYear", null, 0, 1, StrategicPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategicPlan_EndYear(), ecorePackage.getEInt(), "endYear", null, 0, 1, StrategicPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategicPlan_Vision(), ecorePackage.getEString(), "vision", null, 0, 1, StrategicPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategicPlan_VisionEn(), ecorePackage.getEString(), "visionEn", null, 0, 1, StrategicPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicPlan_Missions(), this.getMission(), null, "missions", null, 0, -1, StrategicPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicPlan_StrategicIssues(), this.getStrategicIssue(), null, "strategicIssues", null, 0, -1, StrategicPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicPlan_CoreValues(), this.getCoreValue(), null, "coreValues", null, 0, -1, StrategicPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicPlan_SwotItems(), this.getSwotItem(), null, "swotItems", null, 0, -1, StrategicPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(missionEClass, Mission.class, "Mission", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(strategicIssueEClass, StrategicIssue.class, "StrategicIssue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStrategicIssue_Goals(), this.getGoal(), null, "goals", null, 0, -1, StrategicIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicIssue_Strategies(), this.getStrategy(), null, "strategies", null, 0, -1, StrategicIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategicIssue_BudgetTotal(), this.getDecimal(), "budgetTotal", null, 0, 1, StrategicIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGoal_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategyEClass, Strategy.class, "Strategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStrategy_ServesGoals(), this.getGoal(), null, "servesGoals", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Measures(), this.getMeasure(), null, "measures", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measureEClass, Measure.class, "Measure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_Kind(), this.getIndicatorKind(), "kind", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_UnitEn(), ecorePackage.getEString(), "unitEn", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_ValueType(), this.getValueType(), "valueType", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Direction(), this.getDirection(), "direction", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_BaselineValue(), this.getDecimal(), "baselineValue", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_BaselineYear(), ecorePackage.getEInt(), "baselineYear", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_DataSource(), ecorePackage.getEString(), "dataSource", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Frequency(), this.getFrequency(), "frequency", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Responsible(), this.getOrganization(), null, "responsible", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Targets(), this.getTarget(), null, "targets", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(targetEClass, Target.class, "Target", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTarget_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_Value(), this.getDecimal(), "value", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_Text(), ecorePackage.getEString(), "text", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionPlanEClass, ActionPlan.class, "ActionPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActionPlan_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, ActionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionPlan_StrategicPlan(), this.getStrategicPlan(), null, "strategicPlan", null, 0, 1, ActionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionPlan_Projects(), this.getProject(), null, "projects", null, 0, -1, ActionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(projectEClass, Project.class, "Project", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProject_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_BudgetTotal(), this.getDecimal(), "budgetTotal", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_Objectives(), ecorePackage.getEString(), "objectives", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_Outputs(), ecorePackage.getEString(), "outputs", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_Outcomes(), ecorePackage.getEString(), "outcomes", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_TargetGroups(), this.getTargetGroup(), null, "targetGroups", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_Location(), ecorePackage.getEString(), "location", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_Status(), this.getProjectStatus(), "status", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_ResponsibleOrganization(), this.getOrganization(), null, "responsibleOrganization", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_ResponsiblePerson(), this.getPerson(), null, "responsiblePerson", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Partners(), this.getOrganization(), null, "partners", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_LearningResources(), this.getLearningResource(), null, "learningResources", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_ResourcePersons(), this.getPerson(), null, "resourcePersons", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_ImplementsStrategies(), this.getStrategy(), null, "implementsStrategies", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_MeasuredBy(), this.getIndicator(), null, "measuredBy", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Activities(), this.getActivity(), null, "activities", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_BudgetLines(), this.getBudgetLine(), null, "budgetLines", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_ProjectKind(), this.getProjectKind(), "projectKind", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_BudgetProgramme(), this.getBudgetProgramme(), "budgetProgramme", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProject_SdgGoals(), ecorePackage.getEInt(), "sdgGoals", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_SpendingPlan(), this.getSpendingPlanEntry(), null, "spendingPlan", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(targetGroupEClass, TargetGroup.class, "TargetGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTargetGroup_Description(), ecorePackage.getEString(), "description", null, 0, 1, TargetGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTargetGroup_Quantity(), ecorePackage.getEInt(), "quantity", null, 0, 1, TargetGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTargetGroup_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, TargetGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityEClass, Activity.class, "Activity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivity_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_Responsible(), this.getOrganization(), null, "responsible", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_Milestones(), this.getMilestone(), null, "milestones", null, 0, -1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(milestoneEClass, Milestone.class, "Milestone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMilestone_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilestone_Deliverable(), ecorePackage.getEString(), "deliverable", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetLineEClass, BudgetLine.class, "BudgetLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBudgetLine_Description(), ecorePackage.getEString(), "description", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Amount(), this.getDecimal(), "amount", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudgetLine_Source(), this.getFundingSource(), null, "source", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Category(), this.getExpenseCategory(), "category", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Status(), this.getBudgetStatus(), "status", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudgetLine_Activity(), this.getActivity(), null, "activity", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fundingSourceEClass, FundingSource.class, "FundingSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFundingSource_Kind(), this.getFundingSourceKind(), "kind", null, 0, 1, FundingSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFundingSource_Provider(), this.getOrganization(), null, "provider", null, 0, 1, FundingSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingSource_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, FundingSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingSource_Ceiling(), this.getDecimal(), "ceiling", null, 0, 1, FundingSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partyEClass, Party.class, "Party", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getParty_Contacts(), this.getContactDetail(), null, "contacts", null, 0, -1, Party.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organizationEClass, Organization.class, "Organization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganization_Kind(), this.getOrganizationKind(), "kind", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_Parent(), this.getOrganization(), null, "parent", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Province(), ecorePackage.getEString(), "province", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Address(), ecorePackage.getEString(), "address", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Website(), ecorePackage.getEString(), "website", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Honorific(), ecorePackage.getEString(), "honorific", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Role(), this.getPersonRole(), "role", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Affiliation(), this.getOrganization(), null, "affiliation", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Position(), ecorePackage.getEString(), "position", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Expertise(), ecorePackage.getEString(), "expertise", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Consents(), this.getConsent(), null, "consents", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consentEClass, Consent.class, "Consent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsent_GivenOn(), this.getLocalDate(), "givenOn", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_WithdrawnOn(), this.getLocalDate(), "withdrawnOn", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_CoversName(), ecorePackage.getEBoolean(), "coversName", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsent_CoversContacts(), this.getContactDetail(), null, "coversContacts", null, 0, -1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactDetailEClass, ContactDetail.class, "ContactDetail", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactDetail_Kind(), this.getContactKind(), "kind", null, 0, 1, ContactDetail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetail_Value(), ecorePackage.getEString(), "value", null, 0, 1, ContactDetail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetail_PersonalData(), ecorePackage.getEBoolean(), "personalData", "true", 0, 1, ContactDetail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(learningResourceEClass, LearningResource.class, "LearningResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLearningResource_Kind(), this.getLearningResourceKind(), "kind", null, 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningResource_Location(), ecorePackage.getEString(), "location", null, 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLearningResource_Custodian(), this.getParty(), null, "custodian", null, 0, 1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningResource_Topics(), ecorePackage.getEString(), "topics", null, 0, -1, LearningResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mouEClass, Mou.class, "Mou", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMou_Parties(), this.getParty(), null, "parties", null, 0, -1, Mou.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMou_SignedOn(), this.getLocalDate(), "signedOn", null, 0, 1, Mou.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMou_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, Mou.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMou_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, Mou.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMou_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, Mou.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMou_Projects(), this.getProject(), null, "projects", null, 0, -1, Mou.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(committeeEClass, Committee.class, "Committee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommittee_Kind(), this.getCommitteeKind(), "kind", null, 0, 1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommittee_OrderNumber(), ecorePackage.getEString(), "orderNumber", null, 0, 1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommittee_OrderDate(), this.getLocalDate(), "orderDate", null, 0, 1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommittee_AppointedBy(), this.getOrganization(), null, "appointedBy", null, 0, 1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommittee_Mandate(), ecorePackage.getEString(), "mandate", null, 0, 1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommittee_ResponsibleFor(), this.getPlanElement(), null, "responsibleFor", null, 0, -1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommittee_Memberships(), this.getMembership(), null, "memberships", null, 0, -1, Committee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(membershipEClass, Membership.class, "Membership", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMembership_Person(), this.getPerson(), null, "person", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMembership_Organization(), this.getOrganization(), null, "organization", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_Position(), ecorePackage.getEString(), "position", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_Role(), this.getMembershipRole(), "role", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recognitionEClass, Recognition.class, "Recognition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRecognition_Recipient(), this.getParty(), null, "recipient", null, 0, 1, Recognition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecognition_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Recognition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecognition_Date(), this.getLocalDate(), "date", null, 0, 1, Recognition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecognition_Contribution(), ecorePackage.getEString(), "contribution", null, 0, 1, Recognition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecognition_AwardedBy(), this.getOrganization(), null, "awardedBy", null, 0, 1, Recognition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecognition_RelatedProjects(), this.getProject(), null, "relatedProjects", null, 0, -1, Recognition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(driveActivityEClass, DriveActivity.class, "DriveActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDriveActivity_Kind(), this.getDriveActivityKind(), "kind", null, 0, 1, DriveActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriveActivity_Date(), this.getLocalDate(), "date", null, 0, 1, DriveActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriveActivity_Audience(), ecorePackage.getEString(), "audience", null, 0, 1, DriveActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriveActivity_Channel(), ecorePackage.getEString(), "channel", null, 0, 1, DriveActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDriveActivity_Organizer(), this.getOrganization(), null, "organizer", null, 0, 1, DriveActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDriveActivity_RelatedElements(), this.getPlanElement(), null, "relatedElements", null, 0, -1, DriveActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriveActivity_Decisions(), ecorePackage.getEString(), "decisions", null, 0, -1, DriveActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(monitoringPlanEClass, MonitoringPlan.class, "MonitoringPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMonitoringPlan_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitoringPlan_ActionPlans(), this.getActionPlan(), null, "actionPlans", null, 0, -1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitoringPlan_Committee(), this.getCommittee(), null, "committee", null, 0, 1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitoringPlan_ReportingAgencies(), this.getOrganization(), null, "reportingAgencies", null, 0, -1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitoringPlan_ReportingPeriods(), this.getReportingPeriod(), null, "reportingPeriods", null, 0, -1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitoringPlan_Instruments(), this.getEvaluationInstrument(), null, "instruments", null, 0, -1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitoringPlan_ReportingSchedules(), this.getReportingSchedule(), null, "reportingSchedules", null, 0, -1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitoringPlan_ParticipationChannels(), this.getParticipationChannel(), null, "participationChannels", null, 0, -1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportingPeriodEClass, ReportingPeriod.class, "ReportingPeriod", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReportingPeriod_Kind(), this.getPeriodKind(), "kind", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_Sequence(), ecorePackage.getEInt(), "sequence", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_Months(), ecorePackage.getEInt(), "months", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evaluationInstrumentEClass, EvaluationInstrument.class, "EvaluationInstrument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvaluationInstrument_Kind(), this.getInstrumentKind(), "kind", null, 0, 1, EvaluationInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationInstrument_Version(), ecorePackage.getEInt(), "version", null, 0, 1, EvaluationInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationInstrument_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, EvaluationInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluationInstrument_Scope(), this.getPlanElement(), null, "scope", null, 0, -1, EvaluationInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluationInstrument_RatingScales(), this.getRatingScale(), null, "ratingScales", null, 0, -1, EvaluationInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluationInstrument_Items(), this.getInstrumentItem(), null, "items", null, 0, -1, EvaluationInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(instrumentItemEClass, InstrumentItem.class, "InstrumentItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstrumentItem_ItemKind(), this.getItemKind(), "itemKind", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentItem_Section(), ecorePackage.getEString(), "section", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentItem_SectionEn(), ecorePackage.getEString(), "sectionEn", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentItem_Indicator(), this.getIndicator(), null, "indicator", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentItem_Subject(), this.getNamed(), null, "subject", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrumentItem_Scale(), this.getRatingScale(), null, "scale", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentItem_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentItem_Hint(), ecorePackage.getEString(), "hint", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentItem_HintEn(), ecorePackage.getEString(), "hintEn", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentItem_GeneratorKey(), ecorePackage.getEString(), "generatorKey", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrumentItem_UserEdited(), ecorePackage.getEBoolean(), "userEdited", null, 0, 1, InstrumentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ratingScaleEClass, RatingScale.class, "RatingScale", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRatingScale_Levels(), this.getScaleLevel(), null, "levels", null, 0, -1, RatingScale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scaleLevelEClass, ScaleLevel.class, "ScaleLevel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScaleLevel_Value(), ecorePackage.getEInt(), "value", null, 0, 1, ScaleLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScaleLevel_Label(), ecorePackage.getEString(), "label", null, 0, 1, ScaleLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScaleLevel_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, ScaleLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportingScheduleEClass, ReportingSchedule.class, "ReportingSchedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReportingSchedule_ActionPlan(), this.getActionPlan(), null, "actionPlan", null, 0, 1, ReportingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReportingSchedule_Reports(), this.getScheduledReport(), null, "reports", null, 0, -1, ReportingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduledReportEClass, ScheduledReport.class, "ScheduledReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScheduledReport_Period(), this.getReportingPeriod(), null, "period", null, 0, 1, ScheduledReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledReport_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, ScheduledReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScheduledReport_Responsible(), this.getOrganization(), null, "responsible", null, 0, 1, ScheduledReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScheduledReport_Recipients(), this.getOrganization(), null, "recipients", null, 0, -1, ScheduledReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScheduledReport_Instrument(), this.getEvaluationInstrument(), null, "instrument", null, 0, 1, ScheduledReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(participationChannelEClass, ParticipationChannel.class, "ParticipationChannel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParticipationChannel_Kind(), this.getChannelKind(), "kind", null, 0, 1, ParticipationChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipationChannel_Address(), ecorePackage.getEString(), "address", null, 0, 1, ParticipationChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParticipationChannel_Audience(), ecorePackage.getEString(), "audience", null, 0, 1, ParticipationChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planRevisionEClass, PlanRevision.class, "PlanRevision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanRevision_Date(), this.getLocalDate(), "date", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_Description(), ecorePackage.getEString(), "description", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanRevision_ApprovedBy(), this.getCommittee(), null, "approvedBy", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanRevision_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, PlanRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(narrativeSectionEClass, NarrativeSection.class, "NarrativeSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNarrativeSection_Kind(), this.getSectionKind(), "kind", null, 0, 1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNarrativeSection_Heading(), ecorePackage.getEString(), "heading", null, 0, 1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNarrativeSection_HeadingEn(), ecorePackage.getEString(), "headingEn", null, 0, 1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNarrativeSection_Blocks(), this.getTextBlock(), null, "blocks", null, 0, -1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNarrativeSection_TablesAfter(), this.getModelTable(), "tablesAfter", null, 0, -1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(textBlockEClass, TextBlock.class, "TextBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTextBlock_Kind(), this.getTextBlockKind(), "kind", null, 0, 1, TextBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTextBlock_Text(), ecorePackage.getEString(), "text", null, 0, 1, TextBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTextBlock_Items(), ecorePackage.getEString(), "items", null, 0, -1, TextBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(swotItemEClass, SwotItem.class, "SwotItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSwotItem_Kind(), this.getSwotKind(), "kind", null, 0, 1, SwotItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwotItem_Statement(), ecorePackage.getEString(), "statement", null, 0, 1, SwotItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwotItem_StatementEn(), ecorePackage.getEString(), "statementEn", null, 0, 1, SwotItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwotItem_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, SwotItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coreValueEClass, CoreValue.class, "CoreValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(spendingPlanEntryEClass, SpendingPlanEntry.class, "SpendingPlanEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpendingPlanEntry_PeriodKind(), this.getPeriodKind(), "periodKind", null, 0, 1, SpendingPlanEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpendingPlanEntry_Sequence(), ecorePackage.getEInt(), "sequence", null, 0, 1, SpendingPlanEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpendingPlanEntry_Amount(), this.getDecimal(), "amount", null, 0, 1, SpendingPlanEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpendingPlanEntry_Source(), this.getFundingSource(), null, "source", null, 0, 1, SpendingPlanEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(planLevelEEnum, PlanLevel.class, "PlanLevel");
		addEEnumLiteral(planLevelEEnum, PlanLevel.NATIONAL_STRATEGY);
		addEEnumLiteral(planLevelEEnum, PlanLevel.MASTER_PLAN);
		addEEnumLiteral(planLevelEEnum, PlanLevel.NATIONAL_REFORM_PLAN);
		addEEnumLiteral(planLevelEEnum, PlanLevel.NESDP);
		addEEnumLiteral(planLevelEEnum, PlanLevel.GOVERNMENT_POLICY);
		addEEnumLiteral(planLevelEEnum, PlanLevel.MINISTRY_POLICY);
		addEEnumLiteral(planLevelEEnum, PlanLevel.MINISTRY_PLAN);
		addEEnumLiteral(planLevelEEnum, PlanLevel.REGIONAL_STRATEGIC_PLAN);
		addEEnumLiteral(planLevelEEnum, PlanLevel.PROVINCIAL_EDUCATION_PLAN);
		addEEnumLiteral(planLevelEEnum, PlanLevel.AGENCY_PLAN);
		addEEnumLiteral(planLevelEEnum, PlanLevel.ANNUAL_ACTION_PLAN);

		initEEnum(indicatorKindEEnum, IndicatorKind.class, "IndicatorKind");
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.OUTCOME);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.OUTPUT);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.IMPACT);
		addEEnumLiteral(indicatorKindEEnum, IndicatorKind.PROCESS);

		initEEnum(valueTypeEEnum, ValueType.class, "ValueType");
		addEEnumLiteral(valueTypeEEnum, ValueType.NUMBER);
		addEEnumLiteral(valueTypeEEnum, ValueType.PERCENT);
		addEEnumLiteral(valueTypeEEnum, ValueType.COUNT);
		addEEnumLiteral(valueTypeEEnum, ValueType.AMOUNT);
		addEEnumLiteral(valueTypeEEnum, ValueType.RATIO);
		addEEnumLiteral(valueTypeEEnum, ValueType.LEVEL);
		addEEnumLiteral(valueTypeEEnum, ValueType.YES_NO);
		addEEnumLiteral(valueTypeEEnum, ValueType.TEXT);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.INCREASE);
		addEEnumLiteral(directionEEnum, Direction.DECREASE);
		addEEnumLiteral(directionEEnum, Direction.MAINTAIN);
		addEEnumLiteral(directionEEnum, Direction.ACHIEVE);

		initEEnum(frequencyEEnum, Frequency.class, "Frequency");
		addEEnumLiteral(frequencyEEnum, Frequency.MONTHLY);
		addEEnumLiteral(frequencyEEnum, Frequency.QUARTERLY);
		addEEnumLiteral(frequencyEEnum, Frequency.SEMI_ANNUAL);
		addEEnumLiteral(frequencyEEnum, Frequency.ANNUAL);
		addEEnumLiteral(frequencyEEnum, Frequency.ONCE);

		initEEnum(alignmentKindEEnum, AlignmentKind.class, "AlignmentKind");
		addEEnumLiteral(alignmentKindEEnum, AlignmentKind.SUPPORTS);
		addEEnumLiteral(alignmentKindEEnum, AlignmentKind.IMPLEMENTS);
		addEEnumLiteral(alignmentKindEEnum, AlignmentKind.CONTRIBUTES_TO);
		addEEnumLiteral(alignmentKindEEnum, AlignmentKind.DERIVED_FROM);
		addEEnumLiteral(alignmentKindEEnum, AlignmentKind.CONSISTENT_WITH);

		initEEnum(projectStatusEEnum, ProjectStatus.class, "ProjectStatus");
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.PROPOSED);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.APPROVED);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.IN_PROGRESS);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.COMPLETED);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.SUSPENDED);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.CANCELLED);

		initEEnum(budgetStatusEEnum, BudgetStatus.class, "BudgetStatus");
		addEEnumLiteral(budgetStatusEEnum, BudgetStatus.REQUESTED);
		addEEnumLiteral(budgetStatusEEnum, BudgetStatus.ALLOCATED);
		addEEnumLiteral(budgetStatusEEnum, BudgetStatus.DISBURSED);

		initEEnum(fundingSourceKindEEnum, FundingSourceKind.class, "FundingSourceKind");
		addEEnumLiteral(fundingSourceKindEEnum, FundingSourceKind.PARENT_AGENCY_BUDGET);
		addEEnumLiteral(fundingSourceKindEEnum, FundingSourceKind.PROVINCIAL_DEVELOPMENT_PLAN);
		addEEnumLiteral(fundingSourceKindEEnum, FundingSourceKind.OTHER_AGENCY);
		addEEnumLiteral(fundingSourceKindEEnum, FundingSourceKind.LOCAL_ADMINISTRATION);
		addEEnumLiteral(fundingSourceKindEEnum, FundingSourceKind.PRIVATE_DONATION);
		addEEnumLiteral(fundingSourceKindEEnum, FundingSourceKind.OTHER);

		initEEnum(expenseCategoryEEnum, ExpenseCategory.class, "ExpenseCategory");
		addEEnumLiteral(expenseCategoryEEnum, ExpenseCategory.PERSONNEL);
		addEEnumLiteral(expenseCategoryEEnum, ExpenseCategory.OPERATING);
		addEEnumLiteral(expenseCategoryEEnum, ExpenseCategory.INVESTMENT);
		addEEnumLiteral(expenseCategoryEEnum, ExpenseCategory.SUBSIDY);
		addEEnumLiteral(expenseCategoryEEnum, ExpenseCategory.OTHER);

		initEEnum(organizationKindEEnum, OrganizationKind.class, "OrganizationKind");
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.EDUCATION_AGENCY);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.SCHOOL);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.SOCIAL_AGENCY);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.GOVERNMENT_AGENCY);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.LOCAL_ADMINISTRATION);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.PRIVATE_SECTOR);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.CIVIL_SOCIETY);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.COMMUNITY);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.RELIGIOUS_INSTITUTION);

		initEEnum(personRoleEEnum, PersonRole.class, "PersonRole");
		addEEnumLiteral(personRoleEEnum, PersonRole.OFFICER);
		addEEnumLiteral(personRoleEEnum, PersonRole.EXPERT);
		addEEnumLiteral(personRoleEEnum, PersonRole.LOCAL_WISDOM_HOLDER);
		addEEnumLiteral(personRoleEEnum, PersonRole.VILLAGE_SAGE);
		addEEnumLiteral(personRoleEEnum, PersonRole.TEACHER);
		addEEnumLiteral(personRoleEEnum, PersonRole.COMMUNITY_LEADER);
		addEEnumLiteral(personRoleEEnum, PersonRole.VOLUNTEER);
		addEEnumLiteral(personRoleEEnum, PersonRole.OTHER);

		initEEnum(contactKindEEnum, ContactKind.class, "ContactKind");
		addEEnumLiteral(contactKindEEnum, ContactKind.PHONE);
		addEEnumLiteral(contactKindEEnum, ContactKind.EMAIL);
		addEEnumLiteral(contactKindEEnum, ContactKind.LINE_ID);
		addEEnumLiteral(contactKindEEnum, ContactKind.ADDRESS);
		addEEnumLiteral(contactKindEEnum, ContactKind.WEBSITE);
		addEEnumLiteral(contactKindEEnum, ContactKind.OTHER);
		addEEnumLiteral(contactKindEEnum, ContactKind.ID_NUMBER);

		initEEnum(learningResourceKindEEnum, LearningResourceKind.class, "LearningResourceKind");
		addEEnumLiteral(learningResourceKindEEnum, LearningResourceKind.MUSEUM);
		addEEnumLiteral(learningResourceKindEEnum, LearningResourceKind.LIBRARY);
		addEEnumLiteral(learningResourceKindEEnum, LearningResourceKind.HISTORICAL_SITE);
		addEEnumLiteral(learningResourceKindEEnum, LearningResourceKind.NATURAL_SITE);
		addEEnumLiteral(learningResourceKindEEnum, LearningResourceKind.COMMUNITY_LEARNING_CENTRE);
		addEEnumLiteral(learningResourceKindEEnum, LearningResourceKind.RELIGIOUS_SITE);
		addEEnumLiteral(learningResourceKindEEnum, LearningResourceKind.LOCAL_WISDOM_SITE);
		addEEnumLiteral(learningResourceKindEEnum, LearningResourceKind.SCIENCE_CENTRE);
		addEEnumLiteral(learningResourceKindEEnum, LearningResourceKind.OTHER);

		initEEnum(committeeKindEEnum, CommitteeKind.class, "CommitteeKind");
		addEEnumLiteral(committeeKindEEnum, CommitteeKind.COMMITTEE);
		addEEnumLiteral(committeeKindEEnum, CommitteeKind.SUBCOMMITTEE);
		addEEnumLiteral(committeeKindEEnum, CommitteeKind.WORKING_GROUP);

		initEEnum(membershipRoleEEnum, MembershipRole.class, "MembershipRole");
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.CHAIR);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.VICE_CHAIR);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.MEMBER);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.SECRETARY);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.ASSISTANT_SECRETARY);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.ADVISOR);

		initEEnum(driveActivityKindEEnum, DriveActivityKind.class, "DriveActivityKind");
		addEEnumLiteral(driveActivityKindEEnum, DriveActivityKind.COMMUNICATION);
		addEEnumLiteral(driveActivityKindEEnum, DriveActivityKind.PUBLICITY);
		addEEnumLiteral(driveActivityKindEEnum, DriveActivityKind.BRIEFING_MEETING);
		addEEnumLiteral(driveActivityKindEEnum, DriveActivityKind.REVIEW_MEETING);

		initEEnum(periodKindEEnum, PeriodKind.class, "PeriodKind");
		addEEnumLiteral(periodKindEEnum, PeriodKind.MONTH);
		addEEnumLiteral(periodKindEEnum, PeriodKind.QUARTER);
		addEEnumLiteral(periodKindEEnum, PeriodKind.HALF_YEAR);
		addEEnumLiteral(periodKindEEnum, PeriodKind.CUMULATIVE);
		addEEnumLiteral(periodKindEEnum, PeriodKind.FULL_YEAR);

		initEEnum(instrumentKindEEnum, InstrumentKind.class, "InstrumentKind");
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.PROGRESS_REPORT);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.KPI_COLLECTION);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.SATISFACTION_SURVEY);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.MONITORING_CHECKLIST);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.SITE_VISIT);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.SUMMARY_REPORT);

		initEEnum(itemKindEEnum, ItemKind.class, "ItemKind");
		addEEnumLiteral(itemKindEEnum, ItemKind.NUMBER);
		addEEnumLiteral(itemKindEEnum, ItemKind.DECIMAL);
		addEEnumLiteral(itemKindEEnum, ItemKind.TEXT);
		addEEnumLiteral(itemKindEEnum, ItemKind.RATING);
		addEEnumLiteral(itemKindEEnum, ItemKind.YES_NO);
		addEEnumLiteral(itemKindEEnum, ItemKind.SELECT_ONE);
		addEEnumLiteral(itemKindEEnum, ItemKind.SELECT_MULTIPLE);
		addEEnumLiteral(itemKindEEnum, ItemKind.DATE);
		addEEnumLiteral(itemKindEEnum, ItemKind.NOTE);

		initEEnum(channelKindEEnum, ChannelKind.class, "ChannelKind");
		addEEnumLiteral(channelKindEEnum, ChannelKind.WEBSITE);
		addEEnumLiteral(channelKindEEnum, ChannelKind.SOCIAL_MEDIA);
		addEEnumLiteral(channelKindEEnum, ChannelKind.LINE_OFFICIAL);
		addEEnumLiteral(channelKindEEnum, ChannelKind.HOTLINE);
		addEEnumLiteral(channelKindEEnum, ChannelKind.PUBLIC_HEARING);
		addEEnumLiteral(channelKindEEnum, ChannelKind.SURVEY);
		addEEnumLiteral(channelKindEEnum, ChannelKind.COMPLAINT_BOX);
		addEEnumLiteral(channelKindEEnum, ChannelKind.CITIZEN_FORUM);
		addEEnumLiteral(channelKindEEnum, ChannelKind.OTHER);

		initEEnum(planStatusEEnum, PlanStatus.class, "PlanStatus");
		addEEnumLiteral(planStatusEEnum, PlanStatus.DRAFT);
		addEEnumLiteral(planStatusEEnum, PlanStatus.APPROVED);
		addEEnumLiteral(planStatusEEnum, PlanStatus.REVISED);

		initEEnum(swotKindEEnum, SwotKind.class, "SwotKind");
		addEEnumLiteral(swotKindEEnum, SwotKind.STRENGTH);
		addEEnumLiteral(swotKindEEnum, SwotKind.WEAKNESS);
		addEEnumLiteral(swotKindEEnum, SwotKind.OPPORTUNITY);
		addEEnumLiteral(swotKindEEnum, SwotKind.THREAT);

		initEEnum(sectionKindEEnum, SectionKind.class, "SectionKind");
		addEEnumLiteral(sectionKindEEnum, SectionKind.FOREWORD);
		addEEnumLiteral(sectionKindEEnum, SectionKind.BACKGROUND);
		addEEnumLiteral(sectionKindEEnum, SectionKind.CONTEXT);
		addEEnumLiteral(sectionKindEEnum, SectionKind.ENVIRONMENT_ANALYSIS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.OBJECTIVES);
		addEEnumLiteral(sectionKindEEnum, SectionKind.IMPLEMENTATION);
		addEEnumLiteral(sectionKindEEnum, SectionKind.RESOURCE_MOBILISATION);
		addEEnumLiteral(sectionKindEEnum, SectionKind.MONITORING_EVALUATION);
		addEEnumLiteral(sectionKindEEnum, SectionKind.ANNEX);

		initEEnum(textBlockKindEEnum, TextBlockKind.class, "TextBlockKind");
		addEEnumLiteral(textBlockKindEEnum, TextBlockKind.PARAGRAPH);
		addEEnumLiteral(textBlockKindEEnum, TextBlockKind.NUMBERED_LIST);
		addEEnumLiteral(textBlockKindEEnum, TextBlockKind.BULLETED_LIST);

		initEEnum(modelTableEEnum, ModelTable.class, "ModelTable");
		addEEnumLiteral(modelTableEEnum, ModelTable.SWOT);
		addEEnumLiteral(modelTableEEnum, ModelTable.CORE_VALUES);
		addEEnumLiteral(modelTableEEnum, ModelTable.PROJECTS);
		addEEnumLiteral(modelTableEEnum, ModelTable.BUDGET_SUMMARY);
		addEEnumLiteral(modelTableEEnum, ModelTable.DRIVE_ACTIVITIES);
		addEEnumLiteral(modelTableEEnum, ModelTable.FUNDING_SOURCES);
		addEEnumLiteral(modelTableEEnum, ModelTable.PARTNER_ORGANIZATIONS);
		addEEnumLiteral(modelTableEEnum, ModelTable.LEARNING_RESOURCES);
		addEEnumLiteral(modelTableEEnum, ModelTable.RESOURCE_PERSONS);
		addEEnumLiteral(modelTableEEnum, ModelTable.MOUS);
		addEEnumLiteral(modelTableEEnum, ModelTable.COMMITTEES);
		addEEnumLiteral(modelTableEEnum, ModelTable.RECOGNITIONS);
		addEEnumLiteral(modelTableEEnum, ModelTable.MONITORING_INSTRUMENTS);
		addEEnumLiteral(modelTableEEnum, ModelTable.REPORTING_AGENCIES);
		addEEnumLiteral(modelTableEEnum, ModelTable.PARTICIPATION_CHANNELS);
		addEEnumLiteral(modelTableEEnum, ModelTable.REPORTING_SCHEDULES);

		initEEnum(projectKindEEnum, ProjectKind.class, "ProjectKind");
		addEEnumLiteral(projectKindEEnum, ProjectKind.PROJECT);
		addEEnumLiteral(projectKindEEnum, ProjectKind.OPERATION);

		initEEnum(budgetProgrammeEEnum, BudgetProgramme.class, "BudgetProgramme");
		addEEnumLiteral(budgetProgrammeEEnum, BudgetProgramme.BASIC);
		addEEnumLiteral(budgetProgrammeEEnum, BudgetProgramme.STRATEGIC);
		addEEnumLiteral(budgetProgrammeEEnum, BudgetProgramme.INTEGRATED);
		addEEnumLiteral(budgetProgrammeEEnum, BudgetProgramme.PERSONNEL);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(decimalEDataType, BigDecimal.class, "Decimal", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //PhaenPackageImpl
