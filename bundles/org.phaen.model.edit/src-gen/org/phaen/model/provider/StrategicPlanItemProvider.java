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
import org.phaen.model.StrategicPlan;

/**
 * This is the item provider adapter for a {@link org.phaen.model.StrategicPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StrategicPlanItemProvider extends PlanDocumentItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StrategicPlanItemProvider(AdapterFactory adapterFactory) {
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

			addStartYearPropertyDescriptor(object);
			addEndYearPropertyDescriptor(object);
			addVisionPropertyDescriptor(object);
			addVisionEnPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Start Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StrategicPlan_startYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StrategicPlan_startYear_feature", "_UI_StrategicPlan_type"),
				 PhaenPackage.Literals.STRATEGIC_PLAN__START_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StrategicPlan_endYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StrategicPlan_endYear_feature", "_UI_StrategicPlan_type"),
				 PhaenPackage.Literals.STRATEGIC_PLAN__END_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVisionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StrategicPlan_vision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StrategicPlan_vision_feature", "_UI_StrategicPlan_type"),
				 PhaenPackage.Literals.STRATEGIC_PLAN__VISION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vision En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVisionEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StrategicPlan_visionEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StrategicPlan_visionEn_feature", "_UI_StrategicPlan_type"),
				 PhaenPackage.Literals.STRATEGIC_PLAN__VISION_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(PhaenPackage.Literals.STRATEGIC_PLAN__MISSIONS);
			childrenFeatures.add(PhaenPackage.Literals.STRATEGIC_PLAN__STRATEGIC_ISSUES);
			childrenFeatures.add(PhaenPackage.Literals.STRATEGIC_PLAN__CORE_VALUES);
			childrenFeatures.add(PhaenPackage.Literals.STRATEGIC_PLAN__SWOT_ITEMS);
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
	 * This returns StrategicPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/StrategicPlan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((StrategicPlan)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_StrategicPlan_type") :
			getString("_UI_StrategicPlan_type") + " " + label;
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

		switch (notification.getFeatureID(StrategicPlan.class)) {
			case PhaenPackage.STRATEGIC_PLAN__START_YEAR:
			case PhaenPackage.STRATEGIC_PLAN__END_YEAR:
			case PhaenPackage.STRATEGIC_PLAN__VISION:
			case PhaenPackage.STRATEGIC_PLAN__VISION_EN:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PhaenPackage.STRATEGIC_PLAN__MISSIONS:
			case PhaenPackage.STRATEGIC_PLAN__STRATEGIC_ISSUES:
			case PhaenPackage.STRATEGIC_PLAN__CORE_VALUES:
			case PhaenPackage.STRATEGIC_PLAN__SWOT_ITEMS:
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
				(PhaenPackage.Literals.STRATEGIC_PLAN__MISSIONS,
				 PhaenFactory.eINSTANCE.createMission()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.STRATEGIC_PLAN__STRATEGIC_ISSUES,
				 PhaenFactory.eINSTANCE.createStrategicIssue()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.STRATEGIC_PLAN__CORE_VALUES,
				 PhaenFactory.eINSTANCE.createCoreValue()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.STRATEGIC_PLAN__SWOT_ITEMS,
				 PhaenFactory.eINSTANCE.createSwotItem()));
	}

}
