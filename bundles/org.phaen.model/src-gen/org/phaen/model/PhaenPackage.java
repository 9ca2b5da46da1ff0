/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Phaen: a public-sector strategic plan carried into action plans, projects, budget, partners, monitoring and evaluation. The nsURI carries the model version.
 * <!-- end-model-doc -->
 * @see org.phaen.model.PhaenFactory
 * @model kind="package"
 * @generated
 */
public interface PhaenPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.phaen.org/model/1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "phaen";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PhaenPackage eINSTANCE = org.phaen.model.impl.PhaenPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.IdentifiedImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__UUID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.NamedImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.PlanElementImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanElement()
	 * @generated
	 */
	int PLAN_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__ALIGNMENTS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.AlignmentImpl <em>Alignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.AlignmentImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getAlignment()
	 * @generated
	 */
	int ALIGNMENT = 3;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__TARGET = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__RATIONALE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Alignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Alignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.PlanModelImpl <em>Plan Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.PlanModelImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanModel()
	 * @generated
	 */
	int PLAN_MODEL = 4;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__MODEL_VERSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Example Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__EXAMPLE_DATA = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__PLANS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__ORGANIZATIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__PEOPLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Learning Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__LEARNING_RESOURCES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Funding Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__FUNDING_SOURCES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Mous</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__MOUS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Committees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__COMMITTEES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Recognitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__RECOGNITIONS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Drive Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__DRIVE_ACTIVITIES = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Monitoring Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL__MONITORING_PLANS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Plan Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Plan Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_MODEL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.PlanDocumentImpl <em>Plan Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.PlanDocumentImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanDocument()
	 * @generated
	 */
	int PLAN_DOCUMENT = 5;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__UUID = PLAN_ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__NAME_EN = PLAN_ELEMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__DESCRIPTION = PLAN_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__ALIGNMENTS = PLAN_ELEMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__LEVEL = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__OWNER_AGENCY = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__APPROVED_ON = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Document Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__DOCUMENT_REFERENCE = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Budget Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__BUDGET_TOTAL = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Approval Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__APPROVAL_STATUS = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__APPROVED_BY = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Approval Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__APPROVAL_REFERENCE = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Revisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__REVISIONS = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT__NARRATIVE = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Plan Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Plan Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_DOCUMENT_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.StrategicPlanImpl <em>Strategic Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.StrategicPlanImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getStrategicPlan()
	 * @generated
	 */
	int STRATEGIC_PLAN = 6;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__UUID = PLAN_DOCUMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__CODE = PLAN_DOCUMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__NAME = PLAN_DOCUMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__NAME_EN = PLAN_DOCUMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__DESCRIPTION = PLAN_DOCUMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__ALIGNMENTS = PLAN_DOCUMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__LEVEL = PLAN_DOCUMENT__LEVEL;

	/**
	 * The feature id for the '<em><b>Owner Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__OWNER_AGENCY = PLAN_DOCUMENT__OWNER_AGENCY;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__APPROVED_ON = PLAN_DOCUMENT__APPROVED_ON;

	/**
	 * The feature id for the '<em><b>Document Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__DOCUMENT_REFERENCE = PLAN_DOCUMENT__DOCUMENT_REFERENCE;

	/**
	 * The feature id for the '<em><b>Budget Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__BUDGET_TOTAL = PLAN_DOCUMENT__BUDGET_TOTAL;

	/**
	 * The feature id for the '<em><b>Approval Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__APPROVAL_STATUS = PLAN_DOCUMENT__APPROVAL_STATUS;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__APPROVED_BY = PLAN_DOCUMENT__APPROVED_BY;

	/**
	 * The feature id for the '<em><b>Approval Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__APPROVAL_REFERENCE = PLAN_DOCUMENT__APPROVAL_REFERENCE;

	/**
	 * The feature id for the '<em><b>Revisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__REVISIONS = PLAN_DOCUMENT__REVISIONS;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__NARRATIVE = PLAN_DOCUMENT__NARRATIVE;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__START_YEAR = PLAN_DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__END_YEAR = PLAN_DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Vision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__VISION = PLAN_DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Vision En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__VISION_EN = PLAN_DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Missions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__MISSIONS = PLAN_DOCUMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Strategic Issues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__STRATEGIC_ISSUES = PLAN_DOCUMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Core Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__CORE_VALUES = PLAN_DOCUMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Swot Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN__SWOT_ITEMS = PLAN_DOCUMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Strategic Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN_FEATURE_COUNT = PLAN_DOCUMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Strategic Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_PLAN_OPERATION_COUNT = PLAN_DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.MissionImpl <em>Mission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.MissionImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getMission()
	 * @generated
	 */
	int MISSION = 7;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__UUID = PLAN_ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__NAME_EN = PLAN_ELEMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__DESCRIPTION = PLAN_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION__ALIGNMENTS = PLAN_ELEMENT__ALIGNMENTS;

	/**
	 * The number of structural features of the '<em>Mission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Mission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSION_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.StrategicIssueImpl <em>Strategic Issue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.StrategicIssueImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getStrategicIssue()
	 * @generated
	 */
	int STRATEGIC_ISSUE = 8;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE__UUID = PLAN_ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE__NAME_EN = PLAN_ELEMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE__DESCRIPTION = PLAN_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE__ALIGNMENTS = PLAN_ELEMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE__GOALS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE__STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Budget Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE__BUDGET_TOTAL = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Strategic Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Strategic Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_ISSUE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.GoalImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 9;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__UUID = PLAN_ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__NAME_EN = PLAN_ELEMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DESCRIPTION = PLAN_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ALIGNMENTS = PLAN_ELEMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__INDICATORS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.StrategyImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 10;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__UUID = PLAN_ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NAME_EN = PLAN_ELEMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__DESCRIPTION = PLAN_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ALIGNMENTS = PLAN_ELEMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Serves Goals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__SERVES_GOALS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__MEASURES = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__INDICATORS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.MeasureImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 11;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__UUID = PLAN_ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NAME_EN = PLAN_ELEMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DESCRIPTION = PLAN_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ALIGNMENTS = PLAN_ELEMENT__ALIGNMENTS;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.IndicatorImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 12;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UUID = PLAN_ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME_EN = PLAN_ELEMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = PLAN_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ALIGNMENTS = PLAN_ELEMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__KIND = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT_EN = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__VALUE_TYPE = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DIRECTION = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_VALUE = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_YEAR = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DATA_SOURCE = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__FREQUENCY = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__RESPONSIBLE = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGETS = PLAN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.TargetImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 13;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__FISCAL_YEAR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ActionPlanImpl <em>Action Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ActionPlanImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getActionPlan()
	 * @generated
	 */
	int ACTION_PLAN = 14;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__UUID = PLAN_DOCUMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__CODE = PLAN_DOCUMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__NAME = PLAN_DOCUMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__NAME_EN = PLAN_DOCUMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__DESCRIPTION = PLAN_DOCUMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__ALIGNMENTS = PLAN_DOCUMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__LEVEL = PLAN_DOCUMENT__LEVEL;

	/**
	 * The feature id for the '<em><b>Owner Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__OWNER_AGENCY = PLAN_DOCUMENT__OWNER_AGENCY;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__APPROVED_ON = PLAN_DOCUMENT__APPROVED_ON;

	/**
	 * The feature id for the '<em><b>Document Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__DOCUMENT_REFERENCE = PLAN_DOCUMENT__DOCUMENT_REFERENCE;

	/**
	 * The feature id for the '<em><b>Budget Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__BUDGET_TOTAL = PLAN_DOCUMENT__BUDGET_TOTAL;

	/**
	 * The feature id for the '<em><b>Approval Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__APPROVAL_STATUS = PLAN_DOCUMENT__APPROVAL_STATUS;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__APPROVED_BY = PLAN_DOCUMENT__APPROVED_BY;

	/**
	 * The feature id for the '<em><b>Approval Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__APPROVAL_REFERENCE = PLAN_DOCUMENT__APPROVAL_REFERENCE;

	/**
	 * The feature id for the '<em><b>Revisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__REVISIONS = PLAN_DOCUMENT__REVISIONS;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__NARRATIVE = PLAN_DOCUMENT__NARRATIVE;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__FISCAL_YEAR = PLAN_DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Strategic Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__STRATEGIC_PLAN = PLAN_DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__PROJECTS = PLAN_DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Action Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN_FEATURE_COUNT = PLAN_DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Action Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN_OPERATION_COUNT = PLAN_DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ProjectImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 15;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__UUID = PLAN_ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME_EN = PLAN_ELEMENT__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = PLAN_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ALIGNMENTS = PLAN_ELEMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RATIONALE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Budget Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUDGET_TOTAL = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__OBJECTIVES = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__OUTPUTS = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__OUTCOMES = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TARGET_GROUPS = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__LOCATION = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__START_DATE = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__END_DATE = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__STATUS = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Responsible Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RESPONSIBLE_ORGANIZATION = PLAN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Responsible Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RESPONSIBLE_PERSON = PLAN_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PARTNERS = PLAN_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Learning Resources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__LEARNING_RESOURCES = PLAN_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Resource Persons</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RESOURCE_PERSONS = PLAN_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Implements Strategies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__IMPLEMENTS_STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Measured By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MEASURED_BY = PLAN_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__INDICATORS = PLAN_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ACTIVITIES = PLAN_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Budget Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUDGET_LINES = PLAN_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Project Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PROJECT_KIND = PLAN_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Budget Programme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUDGET_PROGRAMME = PLAN_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Sdg Goals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SDG_GOALS = PLAN_ELEMENT_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Spending Plan</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SPENDING_PLAN = PLAN_ELEMENT_FEATURE_COUNT + 23;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 24;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.TargetGroupImpl <em>Target Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.TargetGroupImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getTargetGroup()
	 * @generated
	 */
	int TARGET_GROUP = 16;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP__QUANTITY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP__UNIT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Target Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Target Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ActivityImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 17;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__START_DATE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__END_DATE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__RESPONSIBLE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__MILESTONES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.MilestoneImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 18;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DUE_DATE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Deliverable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DELIVERABLE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.BudgetLineImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 19;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__AMOUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__SOURCE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CATEGORY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ACTIVITY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.FundingSourceImpl <em>Funding Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.FundingSourceImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getFundingSource()
	 * @generated
	 */
	int FUNDING_SOURCE = 20;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__PROVIDER = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__FISCAL_YEAR = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ceiling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__CEILING = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Funding Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Funding Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.PartyImpl <em>Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.PartyImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getParty()
	 * @generated
	 */
	int PARTY = 21;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__CONTACTS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.OrganizationImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 22;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__UUID = PARTY__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME_EN = PARTY__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CONTACTS = PARTY__CONTACTS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PARENT = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Province</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PROVINCE = PARTY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ADDRESS = PARTY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__WEBSITE = PARTY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = PARTY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.PersonImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 23;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__UUID = PARTY__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME_EN = PARTY__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CONTACTS = PARTY__CONTACTS;

	/**
	 * The feature id for the '<em><b>Honorific</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__HONORIFIC = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ROLE = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Affiliation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__AFFILIATION = PARTY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__POSITION = PARTY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Expertise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EXPERTISE = PARTY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Consents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CONSENTS = PARTY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = PARTY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ConsentImpl <em>Consent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ConsentImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getConsent()
	 * @generated
	 */
	int CONSENT = 24;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Given On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__GIVEN_ON = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Withdrawn On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__WITHDRAWN_ON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Covers Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__COVERS_NAME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Covers Contacts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__COVERS_CONTACTS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Consent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Consent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ContactDetailImpl <em>Contact Detail</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ContactDetailImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getContactDetail()
	 * @generated
	 */
	int CONTACT_DETAIL = 25;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Personal Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL__PERSONAL_DATA = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Contact Detail</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Contact Detail</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.LearningResourceImpl <em>Learning Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.LearningResourceImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getLearningResource()
	 * @generated
	 */
	int LEARNING_RESOURCE = 26;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__LOCATION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Custodian</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__CUSTODIAN = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE__TOPICS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Learning Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Learning Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_RESOURCE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.MouImpl <em>Mou</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.MouImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getMou()
	 * @generated
	 */
	int MOU = 27;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__PARTIES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__SIGNED_ON = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__START_DATE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__END_DATE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__SCOPE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU__PROJECTS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Mou</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Mou</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOU_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.CommitteeImpl <em>Committee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.CommitteeImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getCommittee()
	 * @generated
	 */
	int COMMITTEE = 28;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Order Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__ORDER_NUMBER = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Order Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__ORDER_DATE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Appointed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__APPOINTED_BY = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__MANDATE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Responsible For</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__RESPONSIBLE_FOR = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Memberships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__MEMBERSHIPS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Committee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Committee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.MembershipImpl <em>Membership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.MembershipImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getMembership()
	 * @generated
	 */
	int MEMBERSHIP = 29;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__PERSON = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__POSITION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__ROLE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__START_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__END_DATE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.RecognitionImpl <em>Recognition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.RecognitionImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getRecognition()
	 * @generated
	 */
	int RECOGNITION = 30;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__RECIPIENT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__REASON = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__DATE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Contribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__CONTRIBUTION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Awarded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__AWARDED_BY = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Related Projects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION__RELATED_PROJECTS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Recognition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Recognition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOGNITION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.DriveActivityImpl <em>Drive Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.DriveActivityImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getDriveActivity()
	 * @generated
	 */
	int DRIVE_ACTIVITY = 31;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__DATE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__AUDIENCE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__CHANNEL = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Organizer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__ORGANIZER = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Related Elements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__RELATED_ELEMENTS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY__DECISIONS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Drive Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Drive Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVE_ACTIVITY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.MonitoringPlanImpl <em>Monitoring Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.MonitoringPlanImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getMonitoringPlan()
	 * @generated
	 */
	int MONITORING_PLAN = 32;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__FISCAL_YEAR = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Action Plans</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__ACTION_PLANS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Committee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__COMMITTEE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reporting Agencies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__REPORTING_AGENCIES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reporting Periods</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__REPORTING_PERIODS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__INSTRUMENTS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reporting Schedules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__REPORTING_SCHEDULES = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Participation Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__PARTICIPATION_CHANNELS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Monitoring Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Monitoring Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ReportingPeriodImpl <em>Reporting Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ReportingPeriodImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getReportingPeriod()
	 * @generated
	 */
	int REPORTING_PERIOD = 33;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__SEQUENCE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__MONTHS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__START_DATE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__END_DATE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Reporting Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Reporting Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.EvaluationInstrumentImpl <em>Evaluation Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.EvaluationInstrumentImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getEvaluationInstrument()
	 * @generated
	 */
	int EVALUATION_INSTRUMENT = 34;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__VERSION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__FISCAL_YEAR = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__SCOPE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rating Scales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__RATING_SCALES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT__ITEMS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Evaluation Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Evaluation Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_INSTRUMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.InstrumentItemImpl <em>Instrument Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.InstrumentItemImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getInstrumentItem()
	 * @generated
	 */
	int INSTRUMENT_ITEM = 35;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Item Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__ITEM_KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__SECTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Section En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__SECTION_EN = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__INDICATOR = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__SUBJECT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__SCALE = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__REQUIRED = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Hint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__HINT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Hint En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__HINT_EN = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Generator Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__GENERATOR_KEY = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>User Edited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__USER_EDITED = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Instrument Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_FEATURE_COUNT = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Instrument Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.RatingScaleImpl <em>Rating Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.RatingScaleImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getRatingScale()
	 * @generated
	 */
	int RATING_SCALE = 36;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE__LEVELS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Rating Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Rating Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_SCALE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ScaleLevelImpl <em>Scale Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ScaleLevelImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getScaleLevel()
	 * @generated
	 */
	int SCALE_LEVEL = 37;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__VALUE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__LABEL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__LABEL_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Scale Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Scale Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ReportingScheduleImpl <em>Reporting Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ReportingScheduleImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getReportingSchedule()
	 * @generated
	 */
	int REPORTING_SCHEDULE = 38;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_SCHEDULE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_SCHEDULE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_SCHEDULE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_SCHEDULE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_SCHEDULE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Action Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_SCHEDULE__ACTION_PLAN = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_SCHEDULE__REPORTS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Reporting Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_SCHEDULE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Reporting Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_SCHEDULE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ScheduledReportImpl <em>Scheduled Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ScheduledReportImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getScheduledReport()
	 * @generated
	 */
	int SCHEDULED_REPORT = 39;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Period</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__PERIOD = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__DUE_DATE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__RESPONSIBLE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Recipients</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__RECIPIENTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT__INSTRUMENT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Scheduled Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Scheduled Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_REPORT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.ParticipationChannelImpl <em>Participation Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.ParticipationChannelImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getParticipationChannel()
	 * @generated
	 */
	int PARTICIPATION_CHANNEL = 40;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL__ADDRESS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL__AUDIENCE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Participation Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Participation Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPATION_CHANNEL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.PlanRevisionImpl <em>Plan Revision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.PlanRevisionImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanRevision()
	 * @generated
	 */
	int PLAN_REVISION = 41;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__APPROVED_BY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION__REFERENCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Plan Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Plan Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVISION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.NarrativeSectionImpl <em>Narrative Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.NarrativeSectionImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getNarrativeSection()
	 * @generated
	 */
	int NARRATIVE_SECTION = 42;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__HEADING = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Heading En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__HEADING_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Blocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__BLOCKS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tables After</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__TABLES_AFTER = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Narrative Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Narrative Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.TextBlockImpl <em>Text Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.TextBlockImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getTextBlock()
	 * @generated
	 */
	int TEXT_BLOCK = 43;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BLOCK__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BLOCK__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BLOCK__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BLOCK__ITEMS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Text Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BLOCK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Text Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_BLOCK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.SwotItemImpl <em>Swot Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.SwotItemImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getSwotItem()
	 * @generated
	 */
	int SWOT_ITEM = 44;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__STATEMENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Statement En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__STATEMENT_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.CoreValueImpl <em>Core Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.CoreValueImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getCoreValue()
	 * @generated
	 */
	int CORE_VALUE = 45;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Core Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Core Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORE_VALUE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.impl.SpendingPlanEntryImpl <em>Spending Plan Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.impl.SpendingPlanEntryImpl
	 * @see org.phaen.model.impl.PhaenPackageImpl#getSpendingPlanEntry()
	 * @generated
	 */
	int SPENDING_PLAN_ENTRY = 46;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPENDING_PLAN_ENTRY__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Period Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPENDING_PLAN_ENTRY__PERIOD_KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPENDING_PLAN_ENTRY__SEQUENCE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPENDING_PLAN_ENTRY__AMOUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPENDING_PLAN_ENTRY__SOURCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Spending Plan Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPENDING_PLAN_ENTRY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Spending Plan Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPENDING_PLAN_ENTRY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.phaen.model.PlanLevel <em>Plan Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.PlanLevel
	 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanLevel()
	 * @generated
	 */
	int PLAN_LEVEL = 47;

	/**
	 * The meta object id for the '{@link org.phaen.model.IndicatorKind <em>Indicator Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.IndicatorKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getIndicatorKind()
	 * @generated
	 */
	int INDICATOR_KIND = 48;

	/**
	 * The meta object id for the '{@link org.phaen.model.ValueType <em>Value Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.ValueType
	 * @see org.phaen.model.impl.PhaenPackageImpl#getValueType()
	 * @generated
	 */
	int VALUE_TYPE = 49;

	/**
	 * The meta object id for the '{@link org.phaen.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.Direction
	 * @see org.phaen.model.impl.PhaenPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 50;

	/**
	 * The meta object id for the '{@link org.phaen.model.Frequency <em>Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.Frequency
	 * @see org.phaen.model.impl.PhaenPackageImpl#getFrequency()
	 * @generated
	 */
	int FREQUENCY = 51;

	/**
	 * The meta object id for the '{@link org.phaen.model.AlignmentKind <em>Alignment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.AlignmentKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getAlignmentKind()
	 * @generated
	 */
	int ALIGNMENT_KIND = 52;

	/**
	 * The meta object id for the '{@link org.phaen.model.ProjectStatus <em>Project Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.ProjectStatus
	 * @see org.phaen.model.impl.PhaenPackageImpl#getProjectStatus()
	 * @generated
	 */
	int PROJECT_STATUS = 53;

	/**
	 * The meta object id for the '{@link org.phaen.model.BudgetStatus <em>Budget Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.BudgetStatus
	 * @see org.phaen.model.impl.PhaenPackageImpl#getBudgetStatus()
	 * @generated
	 */
	int BUDGET_STATUS = 54;

	/**
	 * The meta object id for the '{@link org.phaen.model.FundingSourceKind <em>Funding Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.FundingSourceKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getFundingSourceKind()
	 * @generated
	 */
	int FUNDING_SOURCE_KIND = 55;

	/**
	 * The meta object id for the '{@link org.phaen.model.ExpenseCategory <em>Expense Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.ExpenseCategory
	 * @see org.phaen.model.impl.PhaenPackageImpl#getExpenseCategory()
	 * @generated
	 */
	int EXPENSE_CATEGORY = 56;

	/**
	 * The meta object id for the '{@link org.phaen.model.OrganizationKind <em>Organization Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.OrganizationKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getOrganizationKind()
	 * @generated
	 */
	int ORGANIZATION_KIND = 57;

	/**
	 * The meta object id for the '{@link org.phaen.model.PersonRole <em>Person Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.PersonRole
	 * @see org.phaen.model.impl.PhaenPackageImpl#getPersonRole()
	 * @generated
	 */
	int PERSON_ROLE = 58;

	/**
	 * The meta object id for the '{@link org.phaen.model.ContactKind <em>Contact Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.ContactKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getContactKind()
	 * @generated
	 */
	int CONTACT_KIND = 59;

	/**
	 * The meta object id for the '{@link org.phaen.model.LearningResourceKind <em>Learning Resource Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.LearningResourceKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getLearningResourceKind()
	 * @generated
	 */
	int LEARNING_RESOURCE_KIND = 60;

	/**
	 * The meta object id for the '{@link org.phaen.model.CommitteeKind <em>Committee Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.CommitteeKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getCommitteeKind()
	 * @generated
	 */
	int COMMITTEE_KIND = 61;

	/**
	 * The meta object id for the '{@link org.phaen.model.MembershipRole <em>Membership Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.MembershipRole
	 * @see org.phaen.model.impl.PhaenPackageImpl#getMembershipRole()
	 * @generated
	 */
	int MEMBERSHIP_ROLE = 62;

	/**
	 * The meta object id for the '{@link org.phaen.model.DriveActivityKind <em>Drive Activity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.DriveActivityKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getDriveActivityKind()
	 * @generated
	 */
	int DRIVE_ACTIVITY_KIND = 63;

	/**
	 * The meta object id for the '{@link org.phaen.model.PeriodKind <em>Period Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.PeriodKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getPeriodKind()
	 * @generated
	 */
	int PERIOD_KIND = 64;

	/**
	 * The meta object id for the '{@link org.phaen.model.InstrumentKind <em>Instrument Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.InstrumentKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getInstrumentKind()
	 * @generated
	 */
	int INSTRUMENT_KIND = 65;

	/**
	 * The meta object id for the '{@link org.phaen.model.ItemKind <em>Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.ItemKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getItemKind()
	 * @generated
	 */
	int ITEM_KIND = 66;

	/**
	 * The meta object id for the '{@link org.phaen.model.ChannelKind <em>Channel Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.ChannelKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getChannelKind()
	 * @generated
	 */
	int CHANNEL_KIND = 67;

	/**
	 * The meta object id for the '{@link org.phaen.model.PlanStatus <em>Plan Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.PlanStatus
	 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 68;

	/**
	 * The meta object id for the '{@link org.phaen.model.SwotKind <em>Swot Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.SwotKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getSwotKind()
	 * @generated
	 */
	int SWOT_KIND = 69;

	/**
	 * The meta object id for the '{@link org.phaen.model.SectionKind <em>Section Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.SectionKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getSectionKind()
	 * @generated
	 */
	int SECTION_KIND = 70;

	/**
	 * The meta object id for the '{@link org.phaen.model.TextBlockKind <em>Text Block Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.TextBlockKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getTextBlockKind()
	 * @generated
	 */
	int TEXT_BLOCK_KIND = 71;

	/**
	 * The meta object id for the '{@link org.phaen.model.ModelTable <em>Model Table</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.ModelTable
	 * @see org.phaen.model.impl.PhaenPackageImpl#getModelTable()
	 * @generated
	 */
	int MODEL_TABLE = 72;

	/**
	 * The meta object id for the '{@link org.phaen.model.ProjectKind <em>Project Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.ProjectKind
	 * @see org.phaen.model.impl.PhaenPackageImpl#getProjectKind()
	 * @generated
	 */
	int PROJECT_KIND = 73;

	/**
	 * The meta object id for the '{@link org.phaen.model.BudgetProgramme <em>Budget Programme</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.phaen.model.BudgetProgramme
	 * @see org.phaen.model.impl.PhaenPackageImpl#getBudgetProgramme()
	 * @generated
	 */
	int BUDGET_PROGRAMME = 74;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.phaen.model.impl.PhaenPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 75;

	/**
	 * The meta object id for the '<em>Decimal</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.math.BigDecimal
	 * @see org.phaen.model.impl.PhaenPackageImpl#getDecimal()
	 * @generated
	 */
	int DECIMAL = 76;


	/**
	 * Returns the meta object for class '{@link org.phaen.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.phaen.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Identified#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.phaen.model.Identified#getUuid()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Uuid();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.phaen.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Named#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.phaen.model.Named#getCode()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.phaen.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Named#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.phaen.model.Named#getNameEn()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.phaen.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Element</em>'.
	 * @see org.phaen.model.PlanElement
	 * @generated
	 */
	EClass getPlanElement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanElement#getAlignments <em>Alignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alignments</em>'.
	 * @see org.phaen.model.PlanElement#getAlignments()
	 * @see #getPlanElement()
	 * @generated
	 */
	EReference getPlanElement_Alignments();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Alignment <em>Alignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alignment</em>'.
	 * @see org.phaen.model.Alignment
	 * @generated
	 */
	EClass getAlignment();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Alignment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.Alignment#getKind()
	 * @see #getAlignment()
	 * @generated
	 */
	EAttribute getAlignment_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Alignment#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.phaen.model.Alignment#getTarget()
	 * @see #getAlignment()
	 * @generated
	 */
	EReference getAlignment_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Alignment#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.phaen.model.Alignment#getRationale()
	 * @see #getAlignment()
	 * @generated
	 */
	EAttribute getAlignment_Rationale();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.PlanModel <em>Plan Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Model</em>'.
	 * @see org.phaen.model.PlanModel
	 * @generated
	 */
	EClass getPlanModel();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanModel#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.phaen.model.PlanModel#getTitle()
	 * @see #getPlanModel()
	 * @generated
	 */
	EAttribute getPlanModel_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanModel#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see org.phaen.model.PlanModel#getModelVersion()
	 * @see #getPlanModel()
	 * @generated
	 */
	EAttribute getPlanModel_ModelVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanModel#isExampleData <em>Example Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example Data</em>'.
	 * @see org.phaen.model.PlanModel#isExampleData()
	 * @see #getPlanModel()
	 * @generated
	 */
	EAttribute getPlanModel_ExampleData();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see org.phaen.model.PlanModel#getPlans()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see org.phaen.model.PlanModel#getOrganizations()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.phaen.model.PlanModel#getPeople()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_People();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getLearningResources <em>Learning Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Learning Resources</em>'.
	 * @see org.phaen.model.PlanModel#getLearningResources()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_LearningResources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getFundingSources <em>Funding Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Funding Sources</em>'.
	 * @see org.phaen.model.PlanModel#getFundingSources()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_FundingSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getMous <em>Mous</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mous</em>'.
	 * @see org.phaen.model.PlanModel#getMous()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_Mous();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getCommittees <em>Committees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Committees</em>'.
	 * @see org.phaen.model.PlanModel#getCommittees()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_Committees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getRecognitions <em>Recognitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recognitions</em>'.
	 * @see org.phaen.model.PlanModel#getRecognitions()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_Recognitions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getDriveActivities <em>Drive Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drive Activities</em>'.
	 * @see org.phaen.model.PlanModel#getDriveActivities()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_DriveActivities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanModel#getMonitoringPlans <em>Monitoring Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Monitoring Plans</em>'.
	 * @see org.phaen.model.PlanModel#getMonitoringPlans()
	 * @see #getPlanModel()
	 * @generated
	 */
	EReference getPlanModel_MonitoringPlans();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.PlanDocument <em>Plan Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Document</em>'.
	 * @see org.phaen.model.PlanDocument
	 * @generated
	 */
	EClass getPlanDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanDocument#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.phaen.model.PlanDocument#getLevel()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EAttribute getPlanDocument_Level();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.PlanDocument#getOwnerAgency <em>Owner Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner Agency</em>'.
	 * @see org.phaen.model.PlanDocument#getOwnerAgency()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EReference getPlanDocument_OwnerAgency();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanDocument#getApprovedOn <em>Approved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved On</em>'.
	 * @see org.phaen.model.PlanDocument#getApprovedOn()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EAttribute getPlanDocument_ApprovedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanDocument#getDocumentReference <em>Document Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Reference</em>'.
	 * @see org.phaen.model.PlanDocument#getDocumentReference()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EAttribute getPlanDocument_DocumentReference();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanDocument#getBudgetTotal <em>Budget Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Total</em>'.
	 * @see org.phaen.model.PlanDocument#getBudgetTotal()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EAttribute getPlanDocument_BudgetTotal();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanDocument#getApprovalStatus <em>Approval Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approval Status</em>'.
	 * @see org.phaen.model.PlanDocument#getApprovalStatus()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EAttribute getPlanDocument_ApprovalStatus();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.PlanDocument#getApprovedBy <em>Approved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Approved By</em>'.
	 * @see org.phaen.model.PlanDocument#getApprovedBy()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EReference getPlanDocument_ApprovedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanDocument#getApprovalReference <em>Approval Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approval Reference</em>'.
	 * @see org.phaen.model.PlanDocument#getApprovalReference()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EAttribute getPlanDocument_ApprovalReference();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanDocument#getRevisions <em>Revisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revisions</em>'.
	 * @see org.phaen.model.PlanDocument#getRevisions()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EReference getPlanDocument_Revisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.PlanDocument#getNarrative <em>Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Narrative</em>'.
	 * @see org.phaen.model.PlanDocument#getNarrative()
	 * @see #getPlanDocument()
	 * @generated
	 */
	EReference getPlanDocument_Narrative();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.StrategicPlan <em>Strategic Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategic Plan</em>'.
	 * @see org.phaen.model.StrategicPlan
	 * @generated
	 */
	EClass getStrategicPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.StrategicPlan#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.phaen.model.StrategicPlan#getStartYear()
	 * @see #getStrategicPlan()
	 * @generated
	 */
	EAttribute getStrategicPlan_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.StrategicPlan#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see org.phaen.model.StrategicPlan#getEndYear()
	 * @see #getStrategicPlan()
	 * @generated
	 */
	EAttribute getStrategicPlan_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.StrategicPlan#getVision <em>Vision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vision</em>'.
	 * @see org.phaen.model.StrategicPlan#getVision()
	 * @see #getStrategicPlan()
	 * @generated
	 */
	EAttribute getStrategicPlan_Vision();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.StrategicPlan#getVisionEn <em>Vision En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vision En</em>'.
	 * @see org.phaen.model.StrategicPlan#getVisionEn()
	 * @see #getStrategicPlan()
	 * @generated
	 */
	EAttribute getStrategicPlan_VisionEn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.StrategicPlan#getMissions <em>Missions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Missions</em>'.
	 * @see org.phaen.model.StrategicPlan#getMissions()
	 * @see #getStrategicPlan()
	 * @generated
	 */
	EReference getStrategicPlan_Missions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.StrategicPlan#getStrategicIssues <em>Strategic Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategic Issues</em>'.
	 * @see org.phaen.model.StrategicPlan#getStrategicIssues()
	 * @see #getStrategicPlan()
	 * @generated
	 */
	EReference getStrategicPlan_StrategicIssues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.StrategicPlan#getCoreValues <em>Core Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Core Values</em>'.
	 * @see org.phaen.model.StrategicPlan#getCoreValues()
	 * @see #getStrategicPlan()
	 * @generated
	 */
	EReference getStrategicPlan_CoreValues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.StrategicPlan#getSwotItems <em>Swot Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Swot Items</em>'.
	 * @see org.phaen.model.StrategicPlan#getSwotItems()
	 * @see #getStrategicPlan()
	 * @generated
	 */
	EReference getStrategicPlan_SwotItems();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Mission <em>Mission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mission</em>'.
	 * @see org.phaen.model.Mission
	 * @generated
	 */
	EClass getMission();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.StrategicIssue <em>Strategic Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategic Issue</em>'.
	 * @see org.phaen.model.StrategicIssue
	 * @generated
	 */
	EClass getStrategicIssue();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.StrategicIssue#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.phaen.model.StrategicIssue#getGoals()
	 * @see #getStrategicIssue()
	 * @generated
	 */
	EReference getStrategicIssue_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.StrategicIssue#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see org.phaen.model.StrategicIssue#getStrategies()
	 * @see #getStrategicIssue()
	 * @generated
	 */
	EReference getStrategicIssue_Strategies();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.StrategicIssue#getBudgetTotal <em>Budget Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Total</em>'.
	 * @see org.phaen.model.StrategicIssue#getBudgetTotal()
	 * @see #getStrategicIssue()
	 * @generated
	 */
	EAttribute getStrategicIssue_BudgetTotal();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.phaen.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Goal#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.phaen.model.Goal#getIndicators()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Indicators();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see org.phaen.model.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Strategy#getServesGoals <em>Serves Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Serves Goals</em>'.
	 * @see org.phaen.model.Strategy#getServesGoals()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_ServesGoals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Strategy#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.phaen.model.Strategy#getMeasures()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Measures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Strategy#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.phaen.model.Strategy#getIndicators()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Indicators();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see org.phaen.model.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.phaen.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Indicator#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.Indicator#getKind()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.phaen.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Indicator#getUnitEn <em>Unit En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit En</em>'.
	 * @see org.phaen.model.Indicator#getUnitEn()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_UnitEn();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Indicator#getValueType <em>Value Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Type</em>'.
	 * @see org.phaen.model.Indicator#getValueType()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ValueType();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Indicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.phaen.model.Indicator#getDirection()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Indicator#getBaselineValue <em>Baseline Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Value</em>'.
	 * @see org.phaen.model.Indicator#getBaselineValue()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineValue();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Indicator#getBaselineYear <em>Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Year</em>'.
	 * @see org.phaen.model.Indicator#getBaselineYear()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Indicator#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see org.phaen.model.Indicator#getDataSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Indicator#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.phaen.model.Indicator#getFrequency()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Frequency();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Indicator#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.phaen.model.Indicator#getResponsible()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Responsible();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Indicator#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.phaen.model.Indicator#getTargets()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Targets();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.phaen.model.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Target#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.phaen.model.Target#getFiscalYear()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Target#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.phaen.model.Target#getValue()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Target#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.phaen.model.Target#getText()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Text();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.ActionPlan <em>Action Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Plan</em>'.
	 * @see org.phaen.model.ActionPlan
	 * @generated
	 */
	EClass getActionPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ActionPlan#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.phaen.model.ActionPlan#getFiscalYear()
	 * @see #getActionPlan()
	 * @generated
	 */
	EAttribute getActionPlan_FiscalYear();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.ActionPlan#getStrategicPlan <em>Strategic Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Strategic Plan</em>'.
	 * @see org.phaen.model.ActionPlan#getStrategicPlan()
	 * @see #getActionPlan()
	 * @generated
	 */
	EReference getActionPlan_StrategicPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.ActionPlan#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projects</em>'.
	 * @see org.phaen.model.ActionPlan#getProjects()
	 * @see #getActionPlan()
	 * @generated
	 */
	EReference getActionPlan_Projects();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.phaen.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Project#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.phaen.model.Project#getRationale()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Project#getBudgetTotal <em>Budget Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Total</em>'.
	 * @see org.phaen.model.Project#getBudgetTotal()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_BudgetTotal();

	/**
	 * Returns the meta object for the attribute list '{@link org.phaen.model.Project#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Objectives</em>'.
	 * @see org.phaen.model.Project#getObjectives()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Objectives();

	/**
	 * Returns the meta object for the attribute list '{@link org.phaen.model.Project#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Outputs</em>'.
	 * @see org.phaen.model.Project#getOutputs()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Outputs();

	/**
	 * Returns the meta object for the attribute list '{@link org.phaen.model.Project#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Outcomes</em>'.
	 * @see org.phaen.model.Project#getOutcomes()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Outcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Project#getTargetGroups <em>Target Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Target Groups</em>'.
	 * @see org.phaen.model.Project#getTargetGroups()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_TargetGroups();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Project#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.phaen.model.Project#getLocation()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Project#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.phaen.model.Project#getStartDate()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Project#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.phaen.model.Project#getEndDate()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Project#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.phaen.model.Project#getStatus()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Status();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Project#getResponsibleOrganization <em>Responsible Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Organization</em>'.
	 * @see org.phaen.model.Project#getResponsibleOrganization()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_ResponsibleOrganization();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Project#getResponsiblePerson <em>Responsible Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible Person</em>'.
	 * @see org.phaen.model.Project#getResponsiblePerson()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_ResponsiblePerson();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Project#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see org.phaen.model.Project#getPartners()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Partners();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Project#getLearningResources <em>Learning Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Learning Resources</em>'.
	 * @see org.phaen.model.Project#getLearningResources()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_LearningResources();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Project#getResourcePersons <em>Resource Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Resource Persons</em>'.
	 * @see org.phaen.model.Project#getResourcePersons()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_ResourcePersons();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Project#getImplementsStrategies <em>Implements Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Implements Strategies</em>'.
	 * @see org.phaen.model.Project#getImplementsStrategies()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_ImplementsStrategies();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Project#getMeasuredBy <em>Measured By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measured By</em>'.
	 * @see org.phaen.model.Project#getMeasuredBy()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_MeasuredBy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Project#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.phaen.model.Project#getIndicators()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Project#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.phaen.model.Project#getActivities()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Project#getBudgetLines <em>Budget Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budget Lines</em>'.
	 * @see org.phaen.model.Project#getBudgetLines()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_BudgetLines();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Project#getProjectKind <em>Project Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project Kind</em>'.
	 * @see org.phaen.model.Project#getProjectKind()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_ProjectKind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Project#getBudgetProgramme <em>Budget Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Programme</em>'.
	 * @see org.phaen.model.Project#getBudgetProgramme()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_BudgetProgramme();

	/**
	 * Returns the meta object for the attribute list '{@link org.phaen.model.Project#getSdgGoals <em>Sdg Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sdg Goals</em>'.
	 * @see org.phaen.model.Project#getSdgGoals()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_SdgGoals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Project#getSpendingPlan <em>Spending Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Spending Plan</em>'.
	 * @see org.phaen.model.Project#getSpendingPlan()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_SpendingPlan();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.TargetGroup <em>Target Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Group</em>'.
	 * @see org.phaen.model.TargetGroup
	 * @generated
	 */
	EClass getTargetGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.TargetGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.phaen.model.TargetGroup#getDescription()
	 * @see #getTargetGroup()
	 * @generated
	 */
	EAttribute getTargetGroup_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.TargetGroup#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.phaen.model.TargetGroup#getQuantity()
	 * @see #getTargetGroup()
	 * @generated
	 */
	EAttribute getTargetGroup_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.TargetGroup#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.phaen.model.TargetGroup#getUnit()
	 * @see #getTargetGroup()
	 * @generated
	 */
	EAttribute getTargetGroup_Unit();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.phaen.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Activity#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.phaen.model.Activity#getStartDate()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Activity#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.phaen.model.Activity#getEndDate()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_EndDate();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Activity#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.phaen.model.Activity#getResponsible()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Responsible();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Activity#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.phaen.model.Activity#getMilestones()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Milestones();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.phaen.model.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Milestone#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.phaen.model.Milestone#getDueDate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Milestone#getDeliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deliverable</em>'.
	 * @see org.phaen.model.Milestone#getDeliverable()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Deliverable();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see org.phaen.model.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.BudgetLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.phaen.model.BudgetLine#getDescription()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.BudgetLine#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.phaen.model.BudgetLine#getAmount()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Amount();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.BudgetLine#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.phaen.model.BudgetLine#getSource()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.BudgetLine#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.phaen.model.BudgetLine#getCategory()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.BudgetLine#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.phaen.model.BudgetLine#getStatus()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Status();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.BudgetLine#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Activity</em>'.
	 * @see org.phaen.model.BudgetLine#getActivity()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Activity();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.FundingSource <em>Funding Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Funding Source</em>'.
	 * @see org.phaen.model.FundingSource
	 * @generated
	 */
	EClass getFundingSource();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.FundingSource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.FundingSource#getKind()
	 * @see #getFundingSource()
	 * @generated
	 */
	EAttribute getFundingSource_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.FundingSource#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.phaen.model.FundingSource#getProvider()
	 * @see #getFundingSource()
	 * @generated
	 */
	EReference getFundingSource_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.FundingSource#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.phaen.model.FundingSource#getFiscalYear()
	 * @see #getFundingSource()
	 * @generated
	 */
	EAttribute getFundingSource_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.FundingSource#getCeiling <em>Ceiling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ceiling</em>'.
	 * @see org.phaen.model.FundingSource#getCeiling()
	 * @see #getFundingSource()
	 * @generated
	 */
	EAttribute getFundingSource_Ceiling();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party</em>'.
	 * @see org.phaen.model.Party
	 * @generated
	 */
	EClass getParty();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Party#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.phaen.model.Party#getContacts()
	 * @see #getParty()
	 * @generated
	 */
	EReference getParty_Contacts();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.phaen.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Organization#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.phaen.model.Organization#getParent()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Organization#getProvince <em>Province</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Province</em>'.
	 * @see org.phaen.model.Organization#getProvince()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Province();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Organization#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.phaen.model.Organization#getAddress()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Organization#getWebsite <em>Website</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Website</em>'.
	 * @see org.phaen.model.Organization#getWebsite()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Website();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.phaen.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Person#getHonorific <em>Honorific</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Honorific</em>'.
	 * @see org.phaen.model.Person#getHonorific()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Honorific();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Person#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.phaen.model.Person#getRole()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Role();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Person#getAffiliation <em>Affiliation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Affiliation</em>'.
	 * @see org.phaen.model.Person#getAffiliation()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Affiliation();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Person#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.phaen.model.Person#getPosition()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Person#getExpertise <em>Expertise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expertise</em>'.
	 * @see org.phaen.model.Person#getExpertise()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Expertise();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Person#getConsents <em>Consents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consents</em>'.
	 * @see org.phaen.model.Person#getConsents()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Consents();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Consent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consent</em>'.
	 * @see org.phaen.model.Consent
	 * @generated
	 */
	EClass getConsent();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Consent#getGivenOn <em>Given On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given On</em>'.
	 * @see org.phaen.model.Consent#getGivenOn()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_GivenOn();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Consent#getWithdrawnOn <em>Withdrawn On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Withdrawn On</em>'.
	 * @see org.phaen.model.Consent#getWithdrawnOn()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_WithdrawnOn();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Consent#isCoversName <em>Covers Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covers Name</em>'.
	 * @see org.phaen.model.Consent#isCoversName()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_CoversName();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Consent#getCoversContacts <em>Covers Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Covers Contacts</em>'.
	 * @see org.phaen.model.Consent#getCoversContacts()
	 * @see #getConsent()
	 * @generated
	 */
	EReference getConsent_CoversContacts();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Consent#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.phaen.model.Consent#getEvidence()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_Evidence();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.ContactDetail <em>Contact Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Detail</em>'.
	 * @see org.phaen.model.ContactDetail
	 * @generated
	 */
	EClass getContactDetail();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ContactDetail#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.ContactDetail#getKind()
	 * @see #getContactDetail()
	 * @generated
	 */
	EAttribute getContactDetail_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ContactDetail#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.phaen.model.ContactDetail#getValue()
	 * @see #getContactDetail()
	 * @generated
	 */
	EAttribute getContactDetail_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ContactDetail#isPersonalData <em>Personal Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal Data</em>'.
	 * @see org.phaen.model.ContactDetail#isPersonalData()
	 * @see #getContactDetail()
	 * @generated
	 */
	EAttribute getContactDetail_PersonalData();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.LearningResource <em>Learning Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learning Resource</em>'.
	 * @see org.phaen.model.LearningResource
	 * @generated
	 */
	EClass getLearningResource();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.LearningResource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.LearningResource#getKind()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.LearningResource#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.phaen.model.LearningResource#getLocation()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Location();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.LearningResource#getCustodian <em>Custodian</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Custodian</em>'.
	 * @see org.phaen.model.LearningResource#getCustodian()
	 * @see #getLearningResource()
	 * @generated
	 */
	EReference getLearningResource_Custodian();

	/**
	 * Returns the meta object for the attribute list '{@link org.phaen.model.LearningResource#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Topics</em>'.
	 * @see org.phaen.model.LearningResource#getTopics()
	 * @see #getLearningResource()
	 * @generated
	 */
	EAttribute getLearningResource_Topics();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Mou <em>Mou</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mou</em>'.
	 * @see org.phaen.model.Mou
	 * @generated
	 */
	EClass getMou();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Mou#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parties</em>'.
	 * @see org.phaen.model.Mou#getParties()
	 * @see #getMou()
	 * @generated
	 */
	EReference getMou_Parties();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Mou#getSignedOn <em>Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed On</em>'.
	 * @see org.phaen.model.Mou#getSignedOn()
	 * @see #getMou()
	 * @generated
	 */
	EAttribute getMou_SignedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Mou#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.phaen.model.Mou#getStartDate()
	 * @see #getMou()
	 * @generated
	 */
	EAttribute getMou_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Mou#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.phaen.model.Mou#getEndDate()
	 * @see #getMou()
	 * @generated
	 */
	EAttribute getMou_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Mou#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.phaen.model.Mou#getScope()
	 * @see #getMou()
	 * @generated
	 */
	EAttribute getMou_Scope();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Mou#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Projects</em>'.
	 * @see org.phaen.model.Mou#getProjects()
	 * @see #getMou()
	 * @generated
	 */
	EReference getMou_Projects();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Committee <em>Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Committee</em>'.
	 * @see org.phaen.model.Committee
	 * @generated
	 */
	EClass getCommittee();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Committee#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.Committee#getKind()
	 * @see #getCommittee()
	 * @generated
	 */
	EAttribute getCommittee_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Committee#getOrderNumber <em>Order Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Number</em>'.
	 * @see org.phaen.model.Committee#getOrderNumber()
	 * @see #getCommittee()
	 * @generated
	 */
	EAttribute getCommittee_OrderNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Committee#getOrderDate <em>Order Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Date</em>'.
	 * @see org.phaen.model.Committee#getOrderDate()
	 * @see #getCommittee()
	 * @generated
	 */
	EAttribute getCommittee_OrderDate();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Committee#getAppointedBy <em>Appointed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Appointed By</em>'.
	 * @see org.phaen.model.Committee#getAppointedBy()
	 * @see #getCommittee()
	 * @generated
	 */
	EReference getCommittee_AppointedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Committee#getMandate <em>Mandate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandate</em>'.
	 * @see org.phaen.model.Committee#getMandate()
	 * @see #getCommittee()
	 * @generated
	 */
	EAttribute getCommittee_Mandate();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Committee#getResponsibleFor <em>Responsible For</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Responsible For</em>'.
	 * @see org.phaen.model.Committee#getResponsibleFor()
	 * @see #getCommittee()
	 * @generated
	 */
	EReference getCommittee_ResponsibleFor();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.Committee#getMemberships <em>Memberships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memberships</em>'.
	 * @see org.phaen.model.Committee#getMemberships()
	 * @see #getCommittee()
	 * @generated
	 */
	EReference getCommittee_Memberships();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership</em>'.
	 * @see org.phaen.model.Membership
	 * @generated
	 */
	EClass getMembership();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Membership#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.phaen.model.Membership#getPerson()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Person();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Membership#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see org.phaen.model.Membership#getOrganization()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Organization();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Membership#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.phaen.model.Membership#getPosition()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Membership#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.phaen.model.Membership#getRole()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Membership#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.phaen.model.Membership#getStartDate()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Membership#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.phaen.model.Membership#getEndDate()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_EndDate();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.Recognition <em>Recognition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recognition</em>'.
	 * @see org.phaen.model.Recognition
	 * @generated
	 */
	EClass getRecognition();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Recognition#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recipient</em>'.
	 * @see org.phaen.model.Recognition#getRecipient()
	 * @see #getRecognition()
	 * @generated
	 */
	EReference getRecognition_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Recognition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.phaen.model.Recognition#getReason()
	 * @see #getRecognition()
	 * @generated
	 */
	EAttribute getRecognition_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Recognition#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.phaen.model.Recognition#getDate()
	 * @see #getRecognition()
	 * @generated
	 */
	EAttribute getRecognition_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.Recognition#getContribution <em>Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contribution</em>'.
	 * @see org.phaen.model.Recognition#getContribution()
	 * @see #getRecognition()
	 * @generated
	 */
	EAttribute getRecognition_Contribution();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.Recognition#getAwardedBy <em>Awarded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Awarded By</em>'.
	 * @see org.phaen.model.Recognition#getAwardedBy()
	 * @see #getRecognition()
	 * @generated
	 */
	EReference getRecognition_AwardedBy();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.Recognition#getRelatedProjects <em>Related Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related Projects</em>'.
	 * @see org.phaen.model.Recognition#getRelatedProjects()
	 * @see #getRecognition()
	 * @generated
	 */
	EReference getRecognition_RelatedProjects();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.DriveActivity <em>Drive Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Drive Activity</em>'.
	 * @see org.phaen.model.DriveActivity
	 * @generated
	 */
	EClass getDriveActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.DriveActivity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.DriveActivity#getKind()
	 * @see #getDriveActivity()
	 * @generated
	 */
	EAttribute getDriveActivity_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.DriveActivity#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.phaen.model.DriveActivity#getDate()
	 * @see #getDriveActivity()
	 * @generated
	 */
	EAttribute getDriveActivity_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.DriveActivity#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.phaen.model.DriveActivity#getAudience()
	 * @see #getDriveActivity()
	 * @generated
	 */
	EAttribute getDriveActivity_Audience();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.DriveActivity#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.phaen.model.DriveActivity#getChannel()
	 * @see #getDriveActivity()
	 * @generated
	 */
	EAttribute getDriveActivity_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.DriveActivity#getOrganizer <em>Organizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organizer</em>'.
	 * @see org.phaen.model.DriveActivity#getOrganizer()
	 * @see #getDriveActivity()
	 * @generated
	 */
	EReference getDriveActivity_Organizer();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.DriveActivity#getRelatedElements <em>Related Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related Elements</em>'.
	 * @see org.phaen.model.DriveActivity#getRelatedElements()
	 * @see #getDriveActivity()
	 * @generated
	 */
	EReference getDriveActivity_RelatedElements();

	/**
	 * Returns the meta object for the attribute list '{@link org.phaen.model.DriveActivity#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Decisions</em>'.
	 * @see org.phaen.model.DriveActivity#getDecisions()
	 * @see #getDriveActivity()
	 * @generated
	 */
	EAttribute getDriveActivity_Decisions();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.MonitoringPlan <em>Monitoring Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monitoring Plan</em>'.
	 * @see org.phaen.model.MonitoringPlan
	 * @generated
	 */
	EClass getMonitoringPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.MonitoringPlan#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.phaen.model.MonitoringPlan#getFiscalYear()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EAttribute getMonitoringPlan_FiscalYear();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.MonitoringPlan#getActionPlans <em>Action Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Action Plans</em>'.
	 * @see org.phaen.model.MonitoringPlan#getActionPlans()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EReference getMonitoringPlan_ActionPlans();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.MonitoringPlan#getCommittee <em>Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Committee</em>'.
	 * @see org.phaen.model.MonitoringPlan#getCommittee()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EReference getMonitoringPlan_Committee();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.MonitoringPlan#getReportingAgencies <em>Reporting Agencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reporting Agencies</em>'.
	 * @see org.phaen.model.MonitoringPlan#getReportingAgencies()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EReference getMonitoringPlan_ReportingAgencies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.MonitoringPlan#getReportingPeriods <em>Reporting Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reporting Periods</em>'.
	 * @see org.phaen.model.MonitoringPlan#getReportingPeriods()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EReference getMonitoringPlan_ReportingPeriods();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.MonitoringPlan#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.phaen.model.MonitoringPlan#getInstruments()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EReference getMonitoringPlan_Instruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.MonitoringPlan#getReportingSchedules <em>Reporting Schedules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reporting Schedules</em>'.
	 * @see org.phaen.model.MonitoringPlan#getReportingSchedules()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EReference getMonitoringPlan_ReportingSchedules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.MonitoringPlan#getParticipationChannels <em>Participation Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participation Channels</em>'.
	 * @see org.phaen.model.MonitoringPlan#getParticipationChannels()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EReference getMonitoringPlan_ParticipationChannels();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.ReportingPeriod <em>Reporting Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reporting Period</em>'.
	 * @see org.phaen.model.ReportingPeriod
	 * @generated
	 */
	EClass getReportingPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ReportingPeriod#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.ReportingPeriod#getKind()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ReportingPeriod#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see org.phaen.model.ReportingPeriod#getSequence()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_Sequence();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ReportingPeriod#getMonths <em>Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months</em>'.
	 * @see org.phaen.model.ReportingPeriod#getMonths()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_Months();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ReportingPeriod#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.phaen.model.ReportingPeriod#getStartDate()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ReportingPeriod#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.phaen.model.ReportingPeriod#getEndDate()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_EndDate();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.EvaluationInstrument <em>Evaluation Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation Instrument</em>'.
	 * @see org.phaen.model.EvaluationInstrument
	 * @generated
	 */
	EClass getEvaluationInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.EvaluationInstrument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.EvaluationInstrument#getKind()
	 * @see #getEvaluationInstrument()
	 * @generated
	 */
	EAttribute getEvaluationInstrument_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.EvaluationInstrument#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.phaen.model.EvaluationInstrument#getVersion()
	 * @see #getEvaluationInstrument()
	 * @generated
	 */
	EAttribute getEvaluationInstrument_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.EvaluationInstrument#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.phaen.model.EvaluationInstrument#getFiscalYear()
	 * @see #getEvaluationInstrument()
	 * @generated
	 */
	EAttribute getEvaluationInstrument_FiscalYear();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.EvaluationInstrument#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Scope</em>'.
	 * @see org.phaen.model.EvaluationInstrument#getScope()
	 * @see #getEvaluationInstrument()
	 * @generated
	 */
	EReference getEvaluationInstrument_Scope();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.EvaluationInstrument#getRatingScales <em>Rating Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rating Scales</em>'.
	 * @see org.phaen.model.EvaluationInstrument#getRatingScales()
	 * @see #getEvaluationInstrument()
	 * @generated
	 */
	EReference getEvaluationInstrument_RatingScales();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.EvaluationInstrument#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.phaen.model.EvaluationInstrument#getItems()
	 * @see #getEvaluationInstrument()
	 * @generated
	 */
	EReference getEvaluationInstrument_Items();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.InstrumentItem <em>Instrument Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument Item</em>'.
	 * @see org.phaen.model.InstrumentItem
	 * @generated
	 */
	EClass getInstrumentItem();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.InstrumentItem#getItemKind <em>Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Kind</em>'.
	 * @see org.phaen.model.InstrumentItem#getItemKind()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_ItemKind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.InstrumentItem#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.phaen.model.InstrumentItem#getSection()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_Section();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.InstrumentItem#getSectionEn <em>Section En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section En</em>'.
	 * @see org.phaen.model.InstrumentItem#getSectionEn()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_SectionEn();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.InstrumentItem#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicator</em>'.
	 * @see org.phaen.model.InstrumentItem#getIndicator()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EReference getInstrumentItem_Indicator();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.InstrumentItem#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.phaen.model.InstrumentItem#getSubject()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EReference getInstrumentItem_Subject();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.InstrumentItem#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scale</em>'.
	 * @see org.phaen.model.InstrumentItem#getScale()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EReference getInstrumentItem_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.InstrumentItem#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.phaen.model.InstrumentItem#isRequired()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.InstrumentItem#getHint <em>Hint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hint</em>'.
	 * @see org.phaen.model.InstrumentItem#getHint()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_Hint();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.InstrumentItem#getHintEn <em>Hint En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hint En</em>'.
	 * @see org.phaen.model.InstrumentItem#getHintEn()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_HintEn();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.InstrumentItem#getGeneratorKey <em>Generator Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generator Key</em>'.
	 * @see org.phaen.model.InstrumentItem#getGeneratorKey()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_GeneratorKey();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.InstrumentItem#isUserEdited <em>User Edited</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Edited</em>'.
	 * @see org.phaen.model.InstrumentItem#isUserEdited()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_UserEdited();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.RatingScale <em>Rating Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rating Scale</em>'.
	 * @see org.phaen.model.RatingScale
	 * @generated
	 */
	EClass getRatingScale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.RatingScale#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.phaen.model.RatingScale#getLevels()
	 * @see #getRatingScale()
	 * @generated
	 */
	EReference getRatingScale_Levels();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.ScaleLevel <em>Scale Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Level</em>'.
	 * @see org.phaen.model.ScaleLevel
	 * @generated
	 */
	EClass getScaleLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ScaleLevel#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.phaen.model.ScaleLevel#getValue()
	 * @see #getScaleLevel()
	 * @generated
	 */
	EAttribute getScaleLevel_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ScaleLevel#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.phaen.model.ScaleLevel#getLabel()
	 * @see #getScaleLevel()
	 * @generated
	 */
	EAttribute getScaleLevel_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ScaleLevel#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see org.phaen.model.ScaleLevel#getLabelEn()
	 * @see #getScaleLevel()
	 * @generated
	 */
	EAttribute getScaleLevel_LabelEn();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.ReportingSchedule <em>Reporting Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reporting Schedule</em>'.
	 * @see org.phaen.model.ReportingSchedule
	 * @generated
	 */
	EClass getReportingSchedule();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.ReportingSchedule#getActionPlan <em>Action Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Action Plan</em>'.
	 * @see org.phaen.model.ReportingSchedule#getActionPlan()
	 * @see #getReportingSchedule()
	 * @generated
	 */
	EReference getReportingSchedule_ActionPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.ReportingSchedule#getReports <em>Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reports</em>'.
	 * @see org.phaen.model.ReportingSchedule#getReports()
	 * @see #getReportingSchedule()
	 * @generated
	 */
	EReference getReportingSchedule_Reports();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.ScheduledReport <em>Scheduled Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheduled Report</em>'.
	 * @see org.phaen.model.ScheduledReport
	 * @generated
	 */
	EClass getScheduledReport();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.ScheduledReport#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Period</em>'.
	 * @see org.phaen.model.ScheduledReport#getPeriod()
	 * @see #getScheduledReport()
	 * @generated
	 */
	EReference getScheduledReport_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ScheduledReport#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.phaen.model.ScheduledReport#getDueDate()
	 * @see #getScheduledReport()
	 * @generated
	 */
	EAttribute getScheduledReport_DueDate();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.ScheduledReport#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.phaen.model.ScheduledReport#getResponsible()
	 * @see #getScheduledReport()
	 * @generated
	 */
	EReference getScheduledReport_Responsible();

	/**
	 * Returns the meta object for the reference list '{@link org.phaen.model.ScheduledReport#getRecipients <em>Recipients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Recipients</em>'.
	 * @see org.phaen.model.ScheduledReport#getRecipients()
	 * @see #getScheduledReport()
	 * @generated
	 */
	EReference getScheduledReport_Recipients();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.ScheduledReport#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instrument</em>'.
	 * @see org.phaen.model.ScheduledReport#getInstrument()
	 * @see #getScheduledReport()
	 * @generated
	 */
	EReference getScheduledReport_Instrument();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.ParticipationChannel <em>Participation Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participation Channel</em>'.
	 * @see org.phaen.model.ParticipationChannel
	 * @generated
	 */
	EClass getParticipationChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ParticipationChannel#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.ParticipationChannel#getKind()
	 * @see #getParticipationChannel()
	 * @generated
	 */
	EAttribute getParticipationChannel_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ParticipationChannel#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.phaen.model.ParticipationChannel#getAddress()
	 * @see #getParticipationChannel()
	 * @generated
	 */
	EAttribute getParticipationChannel_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.ParticipationChannel#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.phaen.model.ParticipationChannel#getAudience()
	 * @see #getParticipationChannel()
	 * @generated
	 */
	EAttribute getParticipationChannel_Audience();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.PlanRevision <em>Plan Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Revision</em>'.
	 * @see org.phaen.model.PlanRevision
	 * @generated
	 */
	EClass getPlanRevision();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanRevision#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.phaen.model.PlanRevision#getDate()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanRevision#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.phaen.model.PlanRevision#getDescription()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_Description();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.PlanRevision#getApprovedBy <em>Approved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Approved By</em>'.
	 * @see org.phaen.model.PlanRevision#getApprovedBy()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EReference getPlanRevision_ApprovedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.PlanRevision#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.phaen.model.PlanRevision#getReference()
	 * @see #getPlanRevision()
	 * @generated
	 */
	EAttribute getPlanRevision_Reference();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.NarrativeSection <em>Narrative Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Narrative Section</em>'.
	 * @see org.phaen.model.NarrativeSection
	 * @generated
	 */
	EClass getNarrativeSection();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.NarrativeSection#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.NarrativeSection#getKind()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EAttribute getNarrativeSection_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.NarrativeSection#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see org.phaen.model.NarrativeSection#getHeading()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EAttribute getNarrativeSection_Heading();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.NarrativeSection#getHeadingEn <em>Heading En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading En</em>'.
	 * @see org.phaen.model.NarrativeSection#getHeadingEn()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EAttribute getNarrativeSection_HeadingEn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.phaen.model.NarrativeSection#getBlocks <em>Blocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Blocks</em>'.
	 * @see org.phaen.model.NarrativeSection#getBlocks()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EReference getNarrativeSection_Blocks();

	/**
	 * Returns the meta object for the attribute list '{@link org.phaen.model.NarrativeSection#getTablesAfter <em>Tables After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tables After</em>'.
	 * @see org.phaen.model.NarrativeSection#getTablesAfter()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EAttribute getNarrativeSection_TablesAfter();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.TextBlock <em>Text Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Block</em>'.
	 * @see org.phaen.model.TextBlock
	 * @generated
	 */
	EClass getTextBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.TextBlock#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.TextBlock#getKind()
	 * @see #getTextBlock()
	 * @generated
	 */
	EAttribute getTextBlock_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.TextBlock#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.phaen.model.TextBlock#getText()
	 * @see #getTextBlock()
	 * @generated
	 */
	EAttribute getTextBlock_Text();

	/**
	 * Returns the meta object for the attribute list '{@link org.phaen.model.TextBlock#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Items</em>'.
	 * @see org.phaen.model.TextBlock#getItems()
	 * @see #getTextBlock()
	 * @generated
	 */
	EAttribute getTextBlock_Items();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.SwotItem <em>Swot Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Swot Item</em>'.
	 * @see org.phaen.model.SwotItem
	 * @generated
	 */
	EClass getSwotItem();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.SwotItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.phaen.model.SwotItem#getKind()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.SwotItem#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.phaen.model.SwotItem#getStatement()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.SwotItem#getStatementEn <em>Statement En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement En</em>'.
	 * @see org.phaen.model.SwotItem#getStatementEn()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_StatementEn();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.SwotItem#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.phaen.model.SwotItem#getEvidence()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Evidence();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.CoreValue <em>Core Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Core Value</em>'.
	 * @see org.phaen.model.CoreValue
	 * @generated
	 */
	EClass getCoreValue();

	/**
	 * Returns the meta object for class '{@link org.phaen.model.SpendingPlanEntry <em>Spending Plan Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spending Plan Entry</em>'.
	 * @see org.phaen.model.SpendingPlanEntry
	 * @generated
	 */
	EClass getSpendingPlanEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.SpendingPlanEntry#getPeriodKind <em>Period Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Kind</em>'.
	 * @see org.phaen.model.SpendingPlanEntry#getPeriodKind()
	 * @see #getSpendingPlanEntry()
	 * @generated
	 */
	EAttribute getSpendingPlanEntry_PeriodKind();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.SpendingPlanEntry#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see org.phaen.model.SpendingPlanEntry#getSequence()
	 * @see #getSpendingPlanEntry()
	 * @generated
	 */
	EAttribute getSpendingPlanEntry_Sequence();

	/**
	 * Returns the meta object for the attribute '{@link org.phaen.model.SpendingPlanEntry#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.phaen.model.SpendingPlanEntry#getAmount()
	 * @see #getSpendingPlanEntry()
	 * @generated
	 */
	EAttribute getSpendingPlanEntry_Amount();

	/**
	 * Returns the meta object for the reference '{@link org.phaen.model.SpendingPlanEntry#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.phaen.model.SpendingPlanEntry#getSource()
	 * @see #getSpendingPlanEntry()
	 * @generated
	 */
	EReference getSpendingPlanEntry_Source();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.PlanLevel <em>Plan Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Level</em>'.
	 * @see org.phaen.model.PlanLevel
	 * @generated
	 */
	EEnum getPlanLevel();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.IndicatorKind <em>Indicator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Kind</em>'.
	 * @see org.phaen.model.IndicatorKind
	 * @generated
	 */
	EEnum getIndicatorKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.ValueType <em>Value Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Value Type</em>'.
	 * @see org.phaen.model.ValueType
	 * @generated
	 */
	EEnum getValueType();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.phaen.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.Frequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Frequency</em>'.
	 * @see org.phaen.model.Frequency
	 * @generated
	 */
	EEnum getFrequency();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.AlignmentKind <em>Alignment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Alignment Kind</em>'.
	 * @see org.phaen.model.AlignmentKind
	 * @generated
	 */
	EEnum getAlignmentKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.ProjectStatus <em>Project Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project Status</em>'.
	 * @see org.phaen.model.ProjectStatus
	 * @generated
	 */
	EEnum getProjectStatus();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.BudgetStatus <em>Budget Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Status</em>'.
	 * @see org.phaen.model.BudgetStatus
	 * @generated
	 */
	EEnum getBudgetStatus();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.FundingSourceKind <em>Funding Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Funding Source Kind</em>'.
	 * @see org.phaen.model.FundingSourceKind
	 * @generated
	 */
	EEnum getFundingSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.ExpenseCategory <em>Expense Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Expense Category</em>'.
	 * @see org.phaen.model.ExpenseCategory
	 * @generated
	 */
	EEnum getExpenseCategory();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.OrganizationKind <em>Organization Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Kind</em>'.
	 * @see org.phaen.model.OrganizationKind
	 * @generated
	 */
	EEnum getOrganizationKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.PersonRole <em>Person Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Person Role</em>'.
	 * @see org.phaen.model.PersonRole
	 * @generated
	 */
	EEnum getPersonRole();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.ContactKind <em>Contact Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contact Kind</em>'.
	 * @see org.phaen.model.ContactKind
	 * @generated
	 */
	EEnum getContactKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.LearningResourceKind <em>Learning Resource Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Learning Resource Kind</em>'.
	 * @see org.phaen.model.LearningResourceKind
	 * @generated
	 */
	EEnum getLearningResourceKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.CommitteeKind <em>Committee Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Committee Kind</em>'.
	 * @see org.phaen.model.CommitteeKind
	 * @generated
	 */
	EEnum getCommitteeKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.MembershipRole <em>Membership Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Membership Role</em>'.
	 * @see org.phaen.model.MembershipRole
	 * @generated
	 */
	EEnum getMembershipRole();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.DriveActivityKind <em>Drive Activity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Drive Activity Kind</em>'.
	 * @see org.phaen.model.DriveActivityKind
	 * @generated
	 */
	EEnum getDriveActivityKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.PeriodKind <em>Period Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Period Kind</em>'.
	 * @see org.phaen.model.PeriodKind
	 * @generated
	 */
	EEnum getPeriodKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.InstrumentKind <em>Instrument Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument Kind</em>'.
	 * @see org.phaen.model.InstrumentKind
	 * @generated
	 */
	EEnum getInstrumentKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.ItemKind <em>Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Kind</em>'.
	 * @see org.phaen.model.ItemKind
	 * @generated
	 */
	EEnum getItemKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.ChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Kind</em>'.
	 * @see org.phaen.model.ChannelKind
	 * @generated
	 */
	EEnum getChannelKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.PlanStatus <em>Plan Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Status</em>'.
	 * @see org.phaen.model.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.SwotKind <em>Swot Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Swot Kind</em>'.
	 * @see org.phaen.model.SwotKind
	 * @generated
	 */
	EEnum getSwotKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.SectionKind <em>Section Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Section Kind</em>'.
	 * @see org.phaen.model.SectionKind
	 * @generated
	 */
	EEnum getSectionKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.TextBlockKind <em>Text Block Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Text Block Kind</em>'.
	 * @see org.phaen.model.TextBlockKind
	 * @generated
	 */
	EEnum getTextBlockKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.ModelTable <em>Model Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Model Table</em>'.
	 * @see org.phaen.model.ModelTable
	 * @generated
	 */
	EEnum getModelTable();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.ProjectKind <em>Project Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project Kind</em>'.
	 * @see org.phaen.model.ProjectKind
	 * @generated
	 */
	EEnum getProjectKind();

	/**
	 * Returns the meta object for enum '{@link org.phaen.model.BudgetProgramme <em>Budget Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Programme</em>'.
	 * @see org.phaen.model.BudgetProgramme
	 * @generated
	 */
	EEnum getBudgetProgramme();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone; serialised as ISO-8601 (C.E.). Display in B.E. is a UI concern.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.math.BigDecimal <em>Decimal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An exact decimal (baht amounts to the satang, indicator values); serialised without exponent.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Decimal</em>'.
	 * @see java.math.BigDecimal
	 * @model instanceClass="java.math.BigDecimal"
	 * @generated
	 */
	EDataType getDecimal();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PhaenFactory getPhaenFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.IdentifiedImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__UUID = eINSTANCE.getIdentified_Uuid();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.NamedImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__CODE = eINSTANCE.getNamed_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME_EN = eINSTANCE.getNamed_NameEn();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.PlanElementImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanElement()
		 * @generated
		 */
		EClass PLAN_ELEMENT = eINSTANCE.getPlanElement();

		/**
		 * The meta object literal for the '<em><b>Alignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ELEMENT__ALIGNMENTS = eINSTANCE.getPlanElement_Alignments();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.AlignmentImpl <em>Alignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.AlignmentImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getAlignment()
		 * @generated
		 */
		EClass ALIGNMENT = eINSTANCE.getAlignment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIGNMENT__KIND = eINSTANCE.getAlignment_Kind();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALIGNMENT__TARGET = eINSTANCE.getAlignment_Target();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIGNMENT__RATIONALE = eINSTANCE.getAlignment_Rationale();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.PlanModelImpl <em>Plan Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.PlanModelImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanModel()
		 * @generated
		 */
		EClass PLAN_MODEL = eINSTANCE.getPlanModel();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_MODEL__TITLE = eINSTANCE.getPlanModel_Title();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_MODEL__MODEL_VERSION = eINSTANCE.getPlanModel_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Example Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_MODEL__EXAMPLE_DATA = eINSTANCE.getPlanModel_ExampleData();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__PLANS = eINSTANCE.getPlanModel_Plans();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__ORGANIZATIONS = eINSTANCE.getPlanModel_Organizations();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__PEOPLE = eINSTANCE.getPlanModel_People();

		/**
		 * The meta object literal for the '<em><b>Learning Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__LEARNING_RESOURCES = eINSTANCE.getPlanModel_LearningResources();

		/**
		 * The meta object literal for the '<em><b>Funding Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__FUNDING_SOURCES = eINSTANCE.getPlanModel_FundingSources();

		/**
		 * The meta object literal for the '<em><b>Mous</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__MOUS = eINSTANCE.getPlanModel_Mous();

		/**
		 * The meta object literal for the '<em><b>Committees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__COMMITTEES = eINSTANCE.getPlanModel_Committees();

		/**
		 * The meta object literal for the '<em><b>Recognitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__RECOGNITIONS = eINSTANCE.getPlanModel_Recognitions();

		/**
		 * The meta object literal for the '<em><b>Drive Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__DRIVE_ACTIVITIES = eINSTANCE.getPlanModel_DriveActivities();

		/**
		 * The meta object literal for the '<em><b>Monitoring Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_MODEL__MONITORING_PLANS = eINSTANCE.getPlanModel_MonitoringPlans();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.PlanDocumentImpl <em>Plan Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.PlanDocumentImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanDocument()
		 * @generated
		 */
		EClass PLAN_DOCUMENT = eINSTANCE.getPlanDocument();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_DOCUMENT__LEVEL = eINSTANCE.getPlanDocument_Level();

		/**
		 * The meta object literal for the '<em><b>Owner Agency</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_DOCUMENT__OWNER_AGENCY = eINSTANCE.getPlanDocument_OwnerAgency();

		/**
		 * The meta object literal for the '<em><b>Approved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_DOCUMENT__APPROVED_ON = eINSTANCE.getPlanDocument_ApprovedOn();

		/**
		 * The meta object literal for the '<em><b>Document Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_DOCUMENT__DOCUMENT_REFERENCE = eINSTANCE.getPlanDocument_DocumentReference();

		/**
		 * The meta object literal for the '<em><b>Budget Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_DOCUMENT__BUDGET_TOTAL = eINSTANCE.getPlanDocument_BudgetTotal();

		/**
		 * The meta object literal for the '<em><b>Approval Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_DOCUMENT__APPROVAL_STATUS = eINSTANCE.getPlanDocument_ApprovalStatus();

		/**
		 * The meta object literal for the '<em><b>Approved By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_DOCUMENT__APPROVED_BY = eINSTANCE.getPlanDocument_ApprovedBy();

		/**
		 * The meta object literal for the '<em><b>Approval Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_DOCUMENT__APPROVAL_REFERENCE = eINSTANCE.getPlanDocument_ApprovalReference();

		/**
		 * The meta object literal for the '<em><b>Revisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_DOCUMENT__REVISIONS = eINSTANCE.getPlanDocument_Revisions();

		/**
		 * The meta object literal for the '<em><b>Narrative</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_DOCUMENT__NARRATIVE = eINSTANCE.getPlanDocument_Narrative();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.StrategicPlanImpl <em>Strategic Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.StrategicPlanImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getStrategicPlan()
		 * @generated
		 */
		EClass STRATEGIC_PLAN = eINSTANCE.getStrategicPlan();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_PLAN__START_YEAR = eINSTANCE.getStrategicPlan_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_PLAN__END_YEAR = eINSTANCE.getStrategicPlan_EndYear();

		/**
		 * The meta object literal for the '<em><b>Vision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_PLAN__VISION = eINSTANCE.getStrategicPlan_Vision();

		/**
		 * The meta object literal for the '<em><b>Vision En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_PLAN__VISION_EN = eINSTANCE.getStrategicPlan_VisionEn();

		/**
		 * The meta object literal for the '<em><b>Missions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_PLAN__MISSIONS = eINSTANCE.getStrategicPlan_Missions();

		/**
		 * The meta object literal for the '<em><b>Strategic Issues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_PLAN__STRATEGIC_ISSUES = eINSTANCE.getStrategicPlan_StrategicIssues();

		/**
		 * The meta object literal for the '<em><b>Core Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_PLAN__CORE_VALUES = eINSTANCE.getStrategicPlan_CoreValues();

		/**
		 * The meta object literal for the '<em><b>Swot Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_PLAN__SWOT_ITEMS = eINSTANCE.getStrategicPlan_SwotItems();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.MissionImpl <em>Mission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.MissionImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getMission()
		 * @generated
		 */
		EClass MISSION = eINSTANCE.getMission();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.StrategicIssueImpl <em>Strategic Issue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.StrategicIssueImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getStrategicIssue()
		 * @generated
		 */
		EClass STRATEGIC_ISSUE = eINSTANCE.getStrategicIssue();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_ISSUE__GOALS = eINSTANCE.getStrategicIssue_Goals();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_ISSUE__STRATEGIES = eINSTANCE.getStrategicIssue_Strategies();

		/**
		 * The meta object literal for the '<em><b>Budget Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_ISSUE__BUDGET_TOTAL = eINSTANCE.getStrategicIssue_BudgetTotal();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.GoalImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__INDICATORS = eINSTANCE.getGoal_Indicators();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.StrategyImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Serves Goals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__SERVES_GOALS = eINSTANCE.getStrategy_ServesGoals();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__MEASURES = eINSTANCE.getStrategy_Measures();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__INDICATORS = eINSTANCE.getStrategy_Indicators();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.MeasureImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.IndicatorImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__KIND = eINSTANCE.getIndicator_Kind();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Unit En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT_EN = eINSTANCE.getIndicator_UnitEn();

		/**
		 * The meta object literal for the '<em><b>Value Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__VALUE_TYPE = eINSTANCE.getIndicator_ValueType();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DIRECTION = eINSTANCE.getIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Baseline Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_VALUE = eINSTANCE.getIndicator_BaselineValue();

		/**
		 * The meta object literal for the '<em><b>Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_YEAR = eINSTANCE.getIndicator_BaselineYear();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DATA_SOURCE = eINSTANCE.getIndicator_DataSource();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__FREQUENCY = eINSTANCE.getIndicator_Frequency();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__RESPONSIBLE = eINSTANCE.getIndicator_Responsible();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TARGETS = eINSTANCE.getIndicator_Targets();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.TargetImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__FISCAL_YEAR = eINSTANCE.getTarget_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__VALUE = eINSTANCE.getTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__TEXT = eINSTANCE.getTarget_Text();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ActionPlanImpl <em>Action Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ActionPlanImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getActionPlan()
		 * @generated
		 */
		EClass ACTION_PLAN = eINSTANCE.getActionPlan();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_PLAN__FISCAL_YEAR = eINSTANCE.getActionPlan_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Strategic Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_PLAN__STRATEGIC_PLAN = eINSTANCE.getActionPlan_StrategicPlan();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_PLAN__PROJECTS = eINSTANCE.getActionPlan_Projects();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ProjectImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__RATIONALE = eINSTANCE.getProject_Rationale();

		/**
		 * The meta object literal for the '<em><b>Budget Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__BUDGET_TOTAL = eINSTANCE.getProject_BudgetTotal();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__OBJECTIVES = eINSTANCE.getProject_Objectives();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__OUTPUTS = eINSTANCE.getProject_Outputs();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__OUTCOMES = eINSTANCE.getProject_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Target Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__TARGET_GROUPS = eINSTANCE.getProject_TargetGroups();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__LOCATION = eINSTANCE.getProject_Location();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__START_DATE = eINSTANCE.getProject_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__END_DATE = eINSTANCE.getProject_EndDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__STATUS = eINSTANCE.getProject_Status();

		/**
		 * The meta object literal for the '<em><b>Responsible Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__RESPONSIBLE_ORGANIZATION = eINSTANCE.getProject_ResponsibleOrganization();

		/**
		 * The meta object literal for the '<em><b>Responsible Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__RESPONSIBLE_PERSON = eINSTANCE.getProject_ResponsiblePerson();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PARTNERS = eINSTANCE.getProject_Partners();

		/**
		 * The meta object literal for the '<em><b>Learning Resources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__LEARNING_RESOURCES = eINSTANCE.getProject_LearningResources();

		/**
		 * The meta object literal for the '<em><b>Resource Persons</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__RESOURCE_PERSONS = eINSTANCE.getProject_ResourcePersons();

		/**
		 * The meta object literal for the '<em><b>Implements Strategies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__IMPLEMENTS_STRATEGIES = eINSTANCE.getProject_ImplementsStrategies();

		/**
		 * The meta object literal for the '<em><b>Measured By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__MEASURED_BY = eINSTANCE.getProject_MeasuredBy();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__INDICATORS = eINSTANCE.getProject_Indicators();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ACTIVITIES = eINSTANCE.getProject_Activities();

		/**
		 * The meta object literal for the '<em><b>Budget Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__BUDGET_LINES = eINSTANCE.getProject_BudgetLines();

		/**
		 * The meta object literal for the '<em><b>Project Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PROJECT_KIND = eINSTANCE.getProject_ProjectKind();

		/**
		 * The meta object literal for the '<em><b>Budget Programme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__BUDGET_PROGRAMME = eINSTANCE.getProject_BudgetProgramme();

		/**
		 * The meta object literal for the '<em><b>Sdg Goals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__SDG_GOALS = eINSTANCE.getProject_SdgGoals();

		/**
		 * The meta object literal for the '<em><b>Spending Plan</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SPENDING_PLAN = eINSTANCE.getProject_SpendingPlan();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.TargetGroupImpl <em>Target Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.TargetGroupImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getTargetGroup()
		 * @generated
		 */
		EClass TARGET_GROUP = eINSTANCE.getTargetGroup();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_GROUP__DESCRIPTION = eINSTANCE.getTargetGroup_Description();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_GROUP__QUANTITY = eINSTANCE.getTargetGroup_Quantity();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_GROUP__UNIT = eINSTANCE.getTargetGroup_Unit();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ActivityImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__START_DATE = eINSTANCE.getActivity_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__END_DATE = eINSTANCE.getActivity_EndDate();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__RESPONSIBLE = eINSTANCE.getActivity_Responsible();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__MILESTONES = eINSTANCE.getActivity_Milestones();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.MilestoneImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__DUE_DATE = eINSTANCE.getMilestone_DueDate();

		/**
		 * The meta object literal for the '<em><b>Deliverable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__DELIVERABLE = eINSTANCE.getMilestone_Deliverable();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.BudgetLineImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__DESCRIPTION = eINSTANCE.getBudgetLine_Description();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__AMOUNT = eINSTANCE.getBudgetLine_Amount();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__SOURCE = eINSTANCE.getBudgetLine_Source();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__CATEGORY = eINSTANCE.getBudgetLine_Category();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__STATUS = eINSTANCE.getBudgetLine_Status();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__ACTIVITY = eINSTANCE.getBudgetLine_Activity();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.FundingSourceImpl <em>Funding Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.FundingSourceImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getFundingSource()
		 * @generated
		 */
		EClass FUNDING_SOURCE = eINSTANCE.getFundingSource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_SOURCE__KIND = eINSTANCE.getFundingSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_SOURCE__PROVIDER = eINSTANCE.getFundingSource_Provider();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_SOURCE__FISCAL_YEAR = eINSTANCE.getFundingSource_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Ceiling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_SOURCE__CEILING = eINSTANCE.getFundingSource_Ceiling();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.PartyImpl <em>Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.PartyImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getParty()
		 * @generated
		 */
		EClass PARTY = eINSTANCE.getParty();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY__CONTACTS = eINSTANCE.getParty_Contacts();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.OrganizationImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__PARENT = eINSTANCE.getOrganization_Parent();

		/**
		 * The meta object literal for the '<em><b>Province</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__PROVINCE = eINSTANCE.getOrganization_Province();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__ADDRESS = eINSTANCE.getOrganization_Address();

		/**
		 * The meta object literal for the '<em><b>Website</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__WEBSITE = eINSTANCE.getOrganization_Website();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.PersonImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Honorific</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__HONORIFIC = eINSTANCE.getPerson_Honorific();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ROLE = eINSTANCE.getPerson_Role();

		/**
		 * The meta object literal for the '<em><b>Affiliation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__AFFILIATION = eINSTANCE.getPerson_Affiliation();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__POSITION = eINSTANCE.getPerson_Position();

		/**
		 * The meta object literal for the '<em><b>Expertise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EXPERTISE = eINSTANCE.getPerson_Expertise();

		/**
		 * The meta object literal for the '<em><b>Consents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__CONSENTS = eINSTANCE.getPerson_Consents();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ConsentImpl <em>Consent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ConsentImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getConsent()
		 * @generated
		 */
		EClass CONSENT = eINSTANCE.getConsent();

		/**
		 * The meta object literal for the '<em><b>Given On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__GIVEN_ON = eINSTANCE.getConsent_GivenOn();

		/**
		 * The meta object literal for the '<em><b>Withdrawn On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__WITHDRAWN_ON = eINSTANCE.getConsent_WithdrawnOn();

		/**
		 * The meta object literal for the '<em><b>Covers Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__COVERS_NAME = eINSTANCE.getConsent_CoversName();

		/**
		 * The meta object literal for the '<em><b>Covers Contacts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSENT__COVERS_CONTACTS = eINSTANCE.getConsent_CoversContacts();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__EVIDENCE = eINSTANCE.getConsent_Evidence();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ContactDetailImpl <em>Contact Detail</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ContactDetailImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getContactDetail()
		 * @generated
		 */
		EClass CONTACT_DETAIL = eINSTANCE.getContactDetail();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAIL__KIND = eINSTANCE.getContactDetail_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAIL__VALUE = eINSTANCE.getContactDetail_Value();

		/**
		 * The meta object literal for the '<em><b>Personal Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAIL__PERSONAL_DATA = eINSTANCE.getContactDetail_PersonalData();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.LearningResourceImpl <em>Learning Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.LearningResourceImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getLearningResource()
		 * @generated
		 */
		EClass LEARNING_RESOURCE = eINSTANCE.getLearningResource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__KIND = eINSTANCE.getLearningResource_Kind();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__LOCATION = eINSTANCE.getLearningResource_Location();

		/**
		 * The meta object literal for the '<em><b>Custodian</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_RESOURCE__CUSTODIAN = eINSTANCE.getLearningResource_Custodian();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_RESOURCE__TOPICS = eINSTANCE.getLearningResource_Topics();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.MouImpl <em>Mou</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.MouImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getMou()
		 * @generated
		 */
		EClass MOU = eINSTANCE.getMou();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOU__PARTIES = eINSTANCE.getMou_Parties();

		/**
		 * The meta object literal for the '<em><b>Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOU__SIGNED_ON = eINSTANCE.getMou_SignedOn();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOU__START_DATE = eINSTANCE.getMou_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOU__END_DATE = eINSTANCE.getMou_EndDate();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOU__SCOPE = eINSTANCE.getMou_Scope();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOU__PROJECTS = eINSTANCE.getMou_Projects();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.CommitteeImpl <em>Committee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.CommitteeImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getCommittee()
		 * @generated
		 */
		EClass COMMITTEE = eINSTANCE.getCommittee();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE__KIND = eINSTANCE.getCommittee_Kind();

		/**
		 * The meta object literal for the '<em><b>Order Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE__ORDER_NUMBER = eINSTANCE.getCommittee_OrderNumber();

		/**
		 * The meta object literal for the '<em><b>Order Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE__ORDER_DATE = eINSTANCE.getCommittee_OrderDate();

		/**
		 * The meta object literal for the '<em><b>Appointed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITTEE__APPOINTED_BY = eINSTANCE.getCommittee_AppointedBy();

		/**
		 * The meta object literal for the '<em><b>Mandate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE__MANDATE = eINSTANCE.getCommittee_Mandate();

		/**
		 * The meta object literal for the '<em><b>Responsible For</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITTEE__RESPONSIBLE_FOR = eINSTANCE.getCommittee_ResponsibleFor();

		/**
		 * The meta object literal for the '<em><b>Memberships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITTEE__MEMBERSHIPS = eINSTANCE.getCommittee_Memberships();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.MembershipImpl <em>Membership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.MembershipImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getMembership()
		 * @generated
		 */
		EClass MEMBERSHIP = eINSTANCE.getMembership();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__PERSON = eINSTANCE.getMembership_Person();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__ORGANIZATION = eINSTANCE.getMembership_Organization();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__POSITION = eINSTANCE.getMembership_Position();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__ROLE = eINSTANCE.getMembership_Role();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__START_DATE = eINSTANCE.getMembership_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__END_DATE = eINSTANCE.getMembership_EndDate();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.RecognitionImpl <em>Recognition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.RecognitionImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getRecognition()
		 * @generated
		 */
		EClass RECOGNITION = eINSTANCE.getRecognition();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOGNITION__RECIPIENT = eINSTANCE.getRecognition_Recipient();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOGNITION__REASON = eINSTANCE.getRecognition_Reason();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOGNITION__DATE = eINSTANCE.getRecognition_Date();

		/**
		 * The meta object literal for the '<em><b>Contribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOGNITION__CONTRIBUTION = eINSTANCE.getRecognition_Contribution();

		/**
		 * The meta object literal for the '<em><b>Awarded By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOGNITION__AWARDED_BY = eINSTANCE.getRecognition_AwardedBy();

		/**
		 * The meta object literal for the '<em><b>Related Projects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOGNITION__RELATED_PROJECTS = eINSTANCE.getRecognition_RelatedProjects();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.DriveActivityImpl <em>Drive Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.DriveActivityImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getDriveActivity()
		 * @generated
		 */
		EClass DRIVE_ACTIVITY = eINSTANCE.getDriveActivity();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVE_ACTIVITY__KIND = eINSTANCE.getDriveActivity_Kind();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVE_ACTIVITY__DATE = eINSTANCE.getDriveActivity_Date();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVE_ACTIVITY__AUDIENCE = eINSTANCE.getDriveActivity_Audience();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVE_ACTIVITY__CHANNEL = eINSTANCE.getDriveActivity_Channel();

		/**
		 * The meta object literal for the '<em><b>Organizer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVE_ACTIVITY__ORGANIZER = eINSTANCE.getDriveActivity_Organizer();

		/**
		 * The meta object literal for the '<em><b>Related Elements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVE_ACTIVITY__RELATED_ELEMENTS = eINSTANCE.getDriveActivity_RelatedElements();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVE_ACTIVITY__DECISIONS = eINSTANCE.getDriveActivity_Decisions();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.MonitoringPlanImpl <em>Monitoring Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.MonitoringPlanImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getMonitoringPlan()
		 * @generated
		 */
		EClass MONITORING_PLAN = eINSTANCE.getMonitoringPlan();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_PLAN__FISCAL_YEAR = eINSTANCE.getMonitoringPlan_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Action Plans</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_PLAN__ACTION_PLANS = eINSTANCE.getMonitoringPlan_ActionPlans();

		/**
		 * The meta object literal for the '<em><b>Committee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_PLAN__COMMITTEE = eINSTANCE.getMonitoringPlan_Committee();

		/**
		 * The meta object literal for the '<em><b>Reporting Agencies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_PLAN__REPORTING_AGENCIES = eINSTANCE.getMonitoringPlan_ReportingAgencies();

		/**
		 * The meta object literal for the '<em><b>Reporting Periods</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_PLAN__REPORTING_PERIODS = eINSTANCE.getMonitoringPlan_ReportingPeriods();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_PLAN__INSTRUMENTS = eINSTANCE.getMonitoringPlan_Instruments();

		/**
		 * The meta object literal for the '<em><b>Reporting Schedules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_PLAN__REPORTING_SCHEDULES = eINSTANCE.getMonitoringPlan_ReportingSchedules();

		/**
		 * The meta object literal for the '<em><b>Participation Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONITORING_PLAN__PARTICIPATION_CHANNELS = eINSTANCE.getMonitoringPlan_ParticipationChannels();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ReportingPeriodImpl <em>Reporting Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ReportingPeriodImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getReportingPeriod()
		 * @generated
		 */
		EClass REPORTING_PERIOD = eINSTANCE.getReportingPeriod();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__KIND = eINSTANCE.getReportingPeriod_Kind();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__SEQUENCE = eINSTANCE.getReportingPeriod_Sequence();

		/**
		 * The meta object literal for the '<em><b>Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__MONTHS = eINSTANCE.getReportingPeriod_Months();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__START_DATE = eINSTANCE.getReportingPeriod_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__END_DATE = eINSTANCE.getReportingPeriod_EndDate();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.EvaluationInstrumentImpl <em>Evaluation Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.EvaluationInstrumentImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getEvaluationInstrument()
		 * @generated
		 */
		EClass EVALUATION_INSTRUMENT = eINSTANCE.getEvaluationInstrument();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_INSTRUMENT__KIND = eINSTANCE.getEvaluationInstrument_Kind();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_INSTRUMENT__VERSION = eINSTANCE.getEvaluationInstrument_Version();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_INSTRUMENT__FISCAL_YEAR = eINSTANCE.getEvaluationInstrument_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_INSTRUMENT__SCOPE = eINSTANCE.getEvaluationInstrument_Scope();

		/**
		 * The meta object literal for the '<em><b>Rating Scales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_INSTRUMENT__RATING_SCALES = eINSTANCE.getEvaluationInstrument_RatingScales();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_INSTRUMENT__ITEMS = eINSTANCE.getEvaluationInstrument_Items();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.InstrumentItemImpl <em>Instrument Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.InstrumentItemImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getInstrumentItem()
		 * @generated
		 */
		EClass INSTRUMENT_ITEM = eINSTANCE.getInstrumentItem();

		/**
		 * The meta object literal for the '<em><b>Item Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__ITEM_KIND = eINSTANCE.getInstrumentItem_ItemKind();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__SECTION = eINSTANCE.getInstrumentItem_Section();

		/**
		 * The meta object literal for the '<em><b>Section En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__SECTION_EN = eINSTANCE.getInstrumentItem_SectionEn();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_ITEM__INDICATOR = eINSTANCE.getInstrumentItem_Indicator();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_ITEM__SUBJECT = eINSTANCE.getInstrumentItem_Subject();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_ITEM__SCALE = eINSTANCE.getInstrumentItem_Scale();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__REQUIRED = eINSTANCE.getInstrumentItem_Required();

		/**
		 * The meta object literal for the '<em><b>Hint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__HINT = eINSTANCE.getInstrumentItem_Hint();

		/**
		 * The meta object literal for the '<em><b>Hint En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__HINT_EN = eINSTANCE.getInstrumentItem_HintEn();

		/**
		 * The meta object literal for the '<em><b>Generator Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__GENERATOR_KEY = eINSTANCE.getInstrumentItem_GeneratorKey();

		/**
		 * The meta object literal for the '<em><b>User Edited</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__USER_EDITED = eINSTANCE.getInstrumentItem_UserEdited();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.RatingScaleImpl <em>Rating Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.RatingScaleImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getRatingScale()
		 * @generated
		 */
		EClass RATING_SCALE = eINSTANCE.getRatingScale();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING_SCALE__LEVELS = eINSTANCE.getRatingScale_Levels();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ScaleLevelImpl <em>Scale Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ScaleLevelImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getScaleLevel()
		 * @generated
		 */
		EClass SCALE_LEVEL = eINSTANCE.getScaleLevel();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_LEVEL__VALUE = eINSTANCE.getScaleLevel_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_LEVEL__LABEL = eINSTANCE.getScaleLevel_Label();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_LEVEL__LABEL_EN = eINSTANCE.getScaleLevel_LabelEn();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ReportingScheduleImpl <em>Reporting Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ReportingScheduleImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getReportingSchedule()
		 * @generated
		 */
		EClass REPORTING_SCHEDULE = eINSTANCE.getReportingSchedule();

		/**
		 * The meta object literal for the '<em><b>Action Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_SCHEDULE__ACTION_PLAN = eINSTANCE.getReportingSchedule_ActionPlan();

		/**
		 * The meta object literal for the '<em><b>Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_SCHEDULE__REPORTS = eINSTANCE.getReportingSchedule_Reports();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ScheduledReportImpl <em>Scheduled Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ScheduledReportImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getScheduledReport()
		 * @generated
		 */
		EClass SCHEDULED_REPORT = eINSTANCE.getScheduledReport();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_REPORT__PERIOD = eINSTANCE.getScheduledReport_Period();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_REPORT__DUE_DATE = eINSTANCE.getScheduledReport_DueDate();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_REPORT__RESPONSIBLE = eINSTANCE.getScheduledReport_Responsible();

		/**
		 * The meta object literal for the '<em><b>Recipients</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_REPORT__RECIPIENTS = eINSTANCE.getScheduledReport_Recipients();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_REPORT__INSTRUMENT = eINSTANCE.getScheduledReport_Instrument();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.ParticipationChannelImpl <em>Participation Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.ParticipationChannelImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getParticipationChannel()
		 * @generated
		 */
		EClass PARTICIPATION_CHANNEL = eINSTANCE.getParticipationChannel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPATION_CHANNEL__KIND = eINSTANCE.getParticipationChannel_Kind();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPATION_CHANNEL__ADDRESS = eINSTANCE.getParticipationChannel_Address();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPATION_CHANNEL__AUDIENCE = eINSTANCE.getParticipationChannel_Audience();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.PlanRevisionImpl <em>Plan Revision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.PlanRevisionImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanRevision()
		 * @generated
		 */
		EClass PLAN_REVISION = eINSTANCE.getPlanRevision();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__DATE = eINSTANCE.getPlanRevision_Date();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__DESCRIPTION = eINSTANCE.getPlanRevision_Description();

		/**
		 * The meta object literal for the '<em><b>Approved By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_REVISION__APPROVED_BY = eINSTANCE.getPlanRevision_ApprovedBy();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVISION__REFERENCE = eINSTANCE.getPlanRevision_Reference();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.NarrativeSectionImpl <em>Narrative Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.NarrativeSectionImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getNarrativeSection()
		 * @generated
		 */
		EClass NARRATIVE_SECTION = eINSTANCE.getNarrativeSection();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_SECTION__KIND = eINSTANCE.getNarrativeSection_Kind();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_SECTION__HEADING = eINSTANCE.getNarrativeSection_Heading();

		/**
		 * The meta object literal for the '<em><b>Heading En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_SECTION__HEADING_EN = eINSTANCE.getNarrativeSection_HeadingEn();

		/**
		 * The meta object literal for the '<em><b>Blocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NARRATIVE_SECTION__BLOCKS = eINSTANCE.getNarrativeSection_Blocks();

		/**
		 * The meta object literal for the '<em><b>Tables After</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_SECTION__TABLES_AFTER = eINSTANCE.getNarrativeSection_TablesAfter();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.TextBlockImpl <em>Text Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.TextBlockImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getTextBlock()
		 * @generated
		 */
		EClass TEXT_BLOCK = eINSTANCE.getTextBlock();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_BLOCK__KIND = eINSTANCE.getTextBlock_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_BLOCK__TEXT = eINSTANCE.getTextBlock_Text();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_BLOCK__ITEMS = eINSTANCE.getTextBlock_Items();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.SwotItemImpl <em>Swot Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.SwotItemImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getSwotItem()
		 * @generated
		 */
		EClass SWOT_ITEM = eINSTANCE.getSwotItem();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__KIND = eINSTANCE.getSwotItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__STATEMENT = eINSTANCE.getSwotItem_Statement();

		/**
		 * The meta object literal for the '<em><b>Statement En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__STATEMENT_EN = eINSTANCE.getSwotItem_StatementEn();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__EVIDENCE = eINSTANCE.getSwotItem_Evidence();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.CoreValueImpl <em>Core Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.CoreValueImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getCoreValue()
		 * @generated
		 */
		EClass CORE_VALUE = eINSTANCE.getCoreValue();

		/**
		 * The meta object literal for the '{@link org.phaen.model.impl.SpendingPlanEntryImpl <em>Spending Plan Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.impl.SpendingPlanEntryImpl
		 * @see org.phaen.model.impl.PhaenPackageImpl#getSpendingPlanEntry()
		 * @generated
		 */
		EClass SPENDING_PLAN_ENTRY = eINSTANCE.getSpendingPlanEntry();

		/**
		 * The meta object literal for the '<em><b>Period Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPENDING_PLAN_ENTRY__PERIOD_KIND = eINSTANCE.getSpendingPlanEntry_PeriodKind();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPENDING_PLAN_ENTRY__SEQUENCE = eINSTANCE.getSpendingPlanEntry_Sequence();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPENDING_PLAN_ENTRY__AMOUNT = eINSTANCE.getSpendingPlanEntry_Amount();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPENDING_PLAN_ENTRY__SOURCE = eINSTANCE.getSpendingPlanEntry_Source();

		/**
		 * The meta object literal for the '{@link org.phaen.model.PlanLevel <em>Plan Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.PlanLevel
		 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanLevel()
		 * @generated
		 */
		EEnum PLAN_LEVEL = eINSTANCE.getPlanLevel();

		/**
		 * The meta object literal for the '{@link org.phaen.model.IndicatorKind <em>Indicator Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.IndicatorKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getIndicatorKind()
		 * @generated
		 */
		EEnum INDICATOR_KIND = eINSTANCE.getIndicatorKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.ValueType <em>Value Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.ValueType
		 * @see org.phaen.model.impl.PhaenPackageImpl#getValueType()
		 * @generated
		 */
		EEnum VALUE_TYPE = eINSTANCE.getValueType();

		/**
		 * The meta object literal for the '{@link org.phaen.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.Direction
		 * @see org.phaen.model.impl.PhaenPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.phaen.model.Frequency <em>Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.Frequency
		 * @see org.phaen.model.impl.PhaenPackageImpl#getFrequency()
		 * @generated
		 */
		EEnum FREQUENCY = eINSTANCE.getFrequency();

		/**
		 * The meta object literal for the '{@link org.phaen.model.AlignmentKind <em>Alignment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.AlignmentKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getAlignmentKind()
		 * @generated
		 */
		EEnum ALIGNMENT_KIND = eINSTANCE.getAlignmentKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.ProjectStatus <em>Project Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.ProjectStatus
		 * @see org.phaen.model.impl.PhaenPackageImpl#getProjectStatus()
		 * @generated
		 */
		EEnum PROJECT_STATUS = eINSTANCE.getProjectStatus();

		/**
		 * The meta object literal for the '{@link org.phaen.model.BudgetStatus <em>Budget Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.BudgetStatus
		 * @see org.phaen.model.impl.PhaenPackageImpl#getBudgetStatus()
		 * @generated
		 */
		EEnum BUDGET_STATUS = eINSTANCE.getBudgetStatus();

		/**
		 * The meta object literal for the '{@link org.phaen.model.FundingSourceKind <em>Funding Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.FundingSourceKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getFundingSourceKind()
		 * @generated
		 */
		EEnum FUNDING_SOURCE_KIND = eINSTANCE.getFundingSourceKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.ExpenseCategory <em>Expense Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.ExpenseCategory
		 * @see org.phaen.model.impl.PhaenPackageImpl#getExpenseCategory()
		 * @generated
		 */
		EEnum EXPENSE_CATEGORY = eINSTANCE.getExpenseCategory();

		/**
		 * The meta object literal for the '{@link org.phaen.model.OrganizationKind <em>Organization Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.OrganizationKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getOrganizationKind()
		 * @generated
		 */
		EEnum ORGANIZATION_KIND = eINSTANCE.getOrganizationKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.PersonRole <em>Person Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.PersonRole
		 * @see org.phaen.model.impl.PhaenPackageImpl#getPersonRole()
		 * @generated
		 */
		EEnum PERSON_ROLE = eINSTANCE.getPersonRole();

		/**
		 * The meta object literal for the '{@link org.phaen.model.ContactKind <em>Contact Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.ContactKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getContactKind()
		 * @generated
		 */
		EEnum CONTACT_KIND = eINSTANCE.getContactKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.LearningResourceKind <em>Learning Resource Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.LearningResourceKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getLearningResourceKind()
		 * @generated
		 */
		EEnum LEARNING_RESOURCE_KIND = eINSTANCE.getLearningResourceKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.CommitteeKind <em>Committee Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.CommitteeKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getCommitteeKind()
		 * @generated
		 */
		EEnum COMMITTEE_KIND = eINSTANCE.getCommitteeKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.MembershipRole <em>Membership Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.MembershipRole
		 * @see org.phaen.model.impl.PhaenPackageImpl#getMembershipRole()
		 * @generated
		 */
		EEnum MEMBERSHIP_ROLE = eINSTANCE.getMembershipRole();

		/**
		 * The meta object literal for the '{@link org.phaen.model.DriveActivityKind <em>Drive Activity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.DriveActivityKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getDriveActivityKind()
		 * @generated
		 */
		EEnum DRIVE_ACTIVITY_KIND = eINSTANCE.getDriveActivityKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.PeriodKind <em>Period Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.PeriodKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getPeriodKind()
		 * @generated
		 */
		EEnum PERIOD_KIND = eINSTANCE.getPeriodKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.InstrumentKind <em>Instrument Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.InstrumentKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getInstrumentKind()
		 * @generated
		 */
		EEnum INSTRUMENT_KIND = eINSTANCE.getInstrumentKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.ItemKind <em>Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.ItemKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getItemKind()
		 * @generated
		 */
		EEnum ITEM_KIND = eINSTANCE.getItemKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.ChannelKind <em>Channel Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.ChannelKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getChannelKind()
		 * @generated
		 */
		EEnum CHANNEL_KIND = eINSTANCE.getChannelKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.PlanStatus <em>Plan Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.PlanStatus
		 * @see org.phaen.model.impl.PhaenPackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link org.phaen.model.SwotKind <em>Swot Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.SwotKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getSwotKind()
		 * @generated
		 */
		EEnum SWOT_KIND = eINSTANCE.getSwotKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.SectionKind <em>Section Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.SectionKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getSectionKind()
		 * @generated
		 */
		EEnum SECTION_KIND = eINSTANCE.getSectionKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.TextBlockKind <em>Text Block Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.TextBlockKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getTextBlockKind()
		 * @generated
		 */
		EEnum TEXT_BLOCK_KIND = eINSTANCE.getTextBlockKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.ModelTable <em>Model Table</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.ModelTable
		 * @see org.phaen.model.impl.PhaenPackageImpl#getModelTable()
		 * @generated
		 */
		EEnum MODEL_TABLE = eINSTANCE.getModelTable();

		/**
		 * The meta object literal for the '{@link org.phaen.model.ProjectKind <em>Project Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.ProjectKind
		 * @see org.phaen.model.impl.PhaenPackageImpl#getProjectKind()
		 * @generated
		 */
		EEnum PROJECT_KIND = eINSTANCE.getProjectKind();

		/**
		 * The meta object literal for the '{@link org.phaen.model.BudgetProgramme <em>Budget Programme</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.phaen.model.BudgetProgramme
		 * @see org.phaen.model.impl.PhaenPackageImpl#getBudgetProgramme()
		 * @generated
		 */
		EEnum BUDGET_PROGRAMME = eINSTANCE.getBudgetProgramme();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.phaen.model.impl.PhaenPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Decimal</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.math.BigDecimal
		 * @see org.phaen.model.impl.PhaenPackageImpl#getDecimal()
		 * @generated
		 */
		EDataType DECIMAL = eINSTANCE.getDecimal();

	}

} //PhaenPackage
