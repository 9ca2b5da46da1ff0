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

import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PhaenPackage;

/**
 * This is the item provider adapter for a {@link org.phaen.model.MonitoringPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MonitoringPlanItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonitoringPlanItemProvider(AdapterFactory adapterFactory) {
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

			addFiscalYearPropertyDescriptor(object);
			addActionPlansPropertyDescriptor(object);
			addCommitteePropertyDescriptor(object);
			addReportingAgenciesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Fiscal Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFiscalYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoringPlan_fiscalYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoringPlan_fiscalYear_feature", "_UI_MonitoringPlan_type"),
				 PhaenPackage.Literals.MONITORING_PLAN__FISCAL_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Action Plans feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActionPlansPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoringPlan_actionPlans_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoringPlan_actionPlans_feature", "_UI_MonitoringPlan_type"),
				 PhaenPackage.Literals.MONITORING_PLAN__ACTION_PLANS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Committee feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommitteePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoringPlan_committee_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoringPlan_committee_feature", "_UI_MonitoringPlan_type"),
				 PhaenPackage.Literals.MONITORING_PLAN__COMMITTEE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reporting Agencies feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReportingAgenciesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MonitoringPlan_reportingAgencies_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MonitoringPlan_reportingAgencies_feature", "_UI_MonitoringPlan_type"),
				 PhaenPackage.Literals.MONITORING_PLAN__REPORTING_AGENCIES,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(PhaenPackage.Literals.MONITORING_PLAN__REPORTING_PERIODS);
			childrenFeatures.add(PhaenPackage.Literals.MONITORING_PLAN__INSTRUMENTS);
			childrenFeatures.add(PhaenPackage.Literals.MONITORING_PLAN__REPORTING_SCHEDULES);
			childrenFeatures.add(PhaenPackage.Literals.MONITORING_PLAN__PARTICIPATION_CHANNELS);
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
	 * This returns MonitoringPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MonitoringPlan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((MonitoringPlan)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_MonitoringPlan_type") :
			getString("_UI_MonitoringPlan_type") + " " + label;
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

		switch (notification.getFeatureID(MonitoringPlan.class)) {
			case PhaenPackage.MONITORING_PLAN__FISCAL_YEAR:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PhaenPackage.MONITORING_PLAN__REPORTING_PERIODS:
			case PhaenPackage.MONITORING_PLAN__INSTRUMENTS:
			case PhaenPackage.MONITORING_PLAN__REPORTING_SCHEDULES:
			case PhaenPackage.MONITORING_PLAN__PARTICIPATION_CHANNELS:
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
				(PhaenPackage.Literals.MONITORING_PLAN__REPORTING_PERIODS,
				 PhaenFactory.eINSTANCE.createReportingPeriod()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.MONITORING_PLAN__INSTRUMENTS,
				 PhaenFactory.eINSTANCE.createEvaluationInstrument()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.MONITORING_PLAN__REPORTING_SCHEDULES,
				 PhaenFactory.eINSTANCE.createReportingSchedule()));

		newChildDescriptors.add
			(createChildParameter
				(PhaenPackage.Literals.MONITORING_PLAN__PARTICIPATION_CHANNELS,
				 PhaenFactory.eINSTANCE.createParticipationChannel()));
	}

}
