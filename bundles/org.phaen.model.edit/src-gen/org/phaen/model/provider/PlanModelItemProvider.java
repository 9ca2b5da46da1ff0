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
import org.phaen.model.PlanModel;

/**
 * This is the item provider adapter for a {@link org.phaen.model.PlanModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanModelItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanModelItemProvider(AdapterFactory adapterFactory) {
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

			addTitlePropertyDescriptor(object);
			addModelVersionPropertyDescriptor(object);
			addExampleDataPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanModel_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanModel_title_feature", "_UI_PlanModel_type"),
				 PhaenPackage.Literals.PLAN_MODEL__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanModel_modelVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanModel_modelVersion_feature", "_UI_PlanModel_type"),
				 PhaenPackage.Literals.PLAN_MODEL__MODEL_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Example Data feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExampleDataPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanModel_exampleData_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanModel_exampleData_feature", "_UI_PlanModel_type"),
				 PhaenPackage.Literals.PLAN_MODEL__EXAMPLE_DATA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__PLANS);
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__ORGANIZATIONS);
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__PEOPLE);
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__LEARNING_RESOURCES);
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__FUNDING_SOURCES);
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__MOUS);
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__COMMITTEES);
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__RECOGNITIONS);
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__DRIVE_ACTIVITIES);
			childrenFeatures.add(PhaenPackage.Literals.PLAN_MODEL__MONITORING_PLANS);
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
	 * This returns PlanModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PlanModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PlanModel)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_PlanModel_type") :
			getString("_UI_PlanModel_type") + " " + label;
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

		switch (notification.getFeatureID(PlanModel.class)) {
			case PhaenPackage.PLAN_MODEL__TITLE:
			case PhaenPackage.PLAN_MODEL__MODEL_VERSION:
			case PhaenPackage.PLAN_MODEL__EXAMPLE_DATA:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PhaenPackage.PLAN_MODEL__PLANS:
			case PhaenPackage.PLAN_MODEL__ORGANIZATIONS:
			case PhaenPackage.PLAN_MODEL__PEOPLE:
			case PhaenPackage.PLAN_MODEL__LEARNING_RESOURCES:
			case PhaenPackage.PLAN_MODEL__FUNDING_SOURCES:
			case PhaenPackage.PLAN_MODEL__MOUS:
			case PhaenPackage.PLAN_MODEL__COMMITTEES:
			case PhaenPackage.PLAN_MODEL__RECOGNITIONS:
			case PhaenPackage.PLAN_MODEL__DRIVE_ACTIVITIES:
			case PhaenPackage.PLAN_MODEL__MONITORING_PLANS:
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
				(PhaenPackage.Literals.PLAN_MODEL__PLANS,
				 PhaenFactory.eINSTANCE.createStrategicPlan()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__PLANS,
				 PhaenFactory.eINSTANCE.createActionPlan()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__ORGANIZATIONS,
				 PhaenFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__PEOPLE,
				 PhaenFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__LEARNING_RESOURCES,
				 PhaenFactory.eINSTANCE.createLearningResource()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__FUNDING_SOURCES,
				 PhaenFactory.eINSTANCE.createFundingSource()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__MOUS,
				 PhaenFactory.eINSTANCE.createMou()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__COMMITTEES,
				 PhaenFactory.eINSTANCE.createCommittee()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__RECOGNITIONS,
				 PhaenFactory.eINSTANCE.createRecognition()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__DRIVE_ACTIVITIES,
				 PhaenFactory.eINSTANCE.createDriveActivity()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.PLAN_MODEL__MONITORING_PLANS,
				 PhaenFactory.eINSTANCE.createMonitoringPlan()));
	}

}
