/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.phaen.model.PhaenFactory;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Project;

/**
 * This is the item provider adapter for a {@link org.phaen.model.Project} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectItemProvider extends PlanElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addRationalePropertyDescriptor(object);
			addBudgetTotalPropertyDescriptor(object);
			addObjectivesPropertyDescriptor(object);
			addOutputsPropertyDescriptor(object);
			addOutcomesPropertyDescriptor(object);
			addLocationPropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addResponsibleOrganizationPropertyDescriptor(object);
			addResponsiblePersonPropertyDescriptor(object);
			addPartnersPropertyDescriptor(object);
			addLearningResourcesPropertyDescriptor(object);
			addResourcePersonsPropertyDescriptor(object);
			addImplementsStrategiesPropertyDescriptor(object);
			addMeasuredByPropertyDescriptor(object);
			addProjectKindPropertyDescriptor(object);
			addBudgetProgrammePropertyDescriptor(object);
			addSdgGoalsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Rationale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRationalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_rationale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_rationale_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__RATIONALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Budget Total feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBudgetTotalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_budgetTotal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_budgetTotal_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__BUDGET_TOTAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Objectives feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObjectivesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_objectives_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_objectives_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__OBJECTIVES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outputs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutputsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_outputs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_outputs_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__OUTPUTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcomes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_outcomes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_outcomes_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__OUTCOMES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Location feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_location_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_location_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__LOCATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_startDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_startDate_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_endDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_endDate_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_status_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Responsible Organization feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResponsibleOrganizationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_responsibleOrganization_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_responsibleOrganization_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__RESPONSIBLE_ORGANIZATION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Responsible Person feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResponsiblePersonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_responsiblePerson_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_responsiblePerson_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__RESPONSIBLE_PERSON,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Partners feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartnersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_partners_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_partners_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__PARTNERS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Learning Resources feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLearningResourcesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_learningResources_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_learningResources_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__LEARNING_RESOURCES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resource Persons feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResourcePersonsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_resourcePersons_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_resourcePersons_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__RESOURCE_PERSONS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Implements Strategies feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addImplementsStrategiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_implementsStrategies_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_implementsStrategies_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__IMPLEMENTS_STRATEGIES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Measured By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeasuredByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_measuredBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_measuredBy_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__MEASURED_BY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Project Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProjectKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_projectKind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_projectKind_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__PROJECT_KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Budget Programme feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBudgetProgrammePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_budgetProgramme_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_budgetProgramme_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__BUDGET_PROGRAMME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sdg Goals feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSdgGoalsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_sdgGoals_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_sdgGoals_feature", "_UI_Project_type"),
				 PhaenPackage.Literals.PROJECT__SDG_GOALS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(PhaenPackage.Literals.PROJECT__TARGET_GROUPS);
			childrenFeatures.add(PhaenPackage.Literals.PROJECT__INDICATORS);
			childrenFeatures.add(PhaenPackage.Literals.PROJECT__ACTIVITIES);
			childrenFeatures.add(PhaenPackage.Literals.PROJECT__BUDGET_LINES);
			childrenFeatures.add(PhaenPackage.Literals.PROJECT__SPENDING_PLAN);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Project.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Project"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Project)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Project_type") :
			getString("_UI_Project_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Project.class)) {
			case PhaenPackage.PROJECT__RATIONALE:
			case PhaenPackage.PROJECT__BUDGET_TOTAL:
			case PhaenPackage.PROJECT__OBJECTIVES:
			case PhaenPackage.PROJECT__OUTPUTS:
			case PhaenPackage.PROJECT__OUTCOMES:
			case PhaenPackage.PROJECT__LOCATION:
			case PhaenPackage.PROJECT__START_DATE:
			case PhaenPackage.PROJECT__END_DATE:
			case PhaenPackage.PROJECT__STATUS:
			case PhaenPackage.PROJECT__PROJECT_KIND:
			case PhaenPackage.PROJECT__BUDGET_PROGRAMME:
			case PhaenPackage.PROJECT__SDG_GOALS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PhaenPackage.PROJECT__TARGET_GROUPS:
			case PhaenPackage.PROJECT__INDICATORS:
			case PhaenPackage.PROJECT__ACTIVITIES:
			case PhaenPackage.PROJECT__BUDGET_LINES:
			case PhaenPackage.PROJECT__SPENDING_PLAN:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PROJECT__TARGET_GROUPS,
				 PhaenFactory.eINSTANCE.createTargetGroup()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PROJECT__INDICATORS,
				 PhaenFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PROJECT__ACTIVITIES,
				 PhaenFactory.eINSTANCE.createActivity()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PROJECT__BUDGET_LINES,
				 PhaenFactory.eINSTANCE.createBudgetLine()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PROJECT__SPENDING_PLAN,
				 PhaenFactory.eINSTANCE.createSpendingPlanEntry()));
	}

}
