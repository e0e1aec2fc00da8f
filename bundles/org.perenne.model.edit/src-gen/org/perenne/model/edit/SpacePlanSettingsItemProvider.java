/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.perenne.model.PerennePackage;
import org.perenne.model.SpacePlanSettings;

/**
 * This is the item provider adapter for a {@link org.perenne.model.SpacePlanSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SpacePlanSettingsItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpacePlanSettingsItemProvider(AdapterFactory adapterFactory) {
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

			addMinimumResidentDesksPropertyDescriptor(object);
			addMinimumPublicHoursPerWeekPropertyDescriptor(object);
			addResultWeightPropertyDescriptor(object);
			addPublicHoursWeightPropertyDescriptor(object);
			addBeneficiariesWeightPropertyDescriptor(object);
			addSolidarityWeightPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Minimum Resident Desks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumResidentDesksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SpacePlanSettings_minimumResidentDesks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SpacePlanSettings_minimumResidentDesks_feature", "_UI_SpacePlanSettings_type"),
				 PerennePackage.Literals.SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Public Hours Per Week feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumPublicHoursPerWeekPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SpacePlanSettings_minimumPublicHoursPerWeek_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SpacePlanSettings_minimumPublicHoursPerWeek_feature", "_UI_SpacePlanSettings_type"),
				 PerennePackage.Literals.SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Result Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResultWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SpacePlanSettings_resultWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SpacePlanSettings_resultWeight_feature", "_UI_SpacePlanSettings_type"),
				 PerennePackage.Literals.SPACE_PLAN_SETTINGS__RESULT_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Public Hours Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublicHoursWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SpacePlanSettings_publicHoursWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SpacePlanSettings_publicHoursWeight_feature", "_UI_SpacePlanSettings_type"),
				 PerennePackage.Literals.SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Beneficiaries Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBeneficiariesWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SpacePlanSettings_beneficiariesWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SpacePlanSettings_beneficiariesWeight_feature", "_UI_SpacePlanSettings_type"),
				 PerennePackage.Literals.SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Solidarity Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSolidarityWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SpacePlanSettings_solidarityWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SpacePlanSettings_solidarityWeight_feature", "_UI_SpacePlanSettings_type"),
				 PerennePackage.Literals.SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns SpacePlanSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SpacePlanSettings"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		SpacePlanSettings spacePlanSettings = (SpacePlanSettings)object;
		return getString("_UI_SpacePlanSettings_type") + " " + spacePlanSettings.getMinimumResidentDesks();
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

		switch (notification.getFeatureID(SpacePlanSettings.class)) {
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_RESIDENT_DESKS:
			case PerennePackage.SPACE_PLAN_SETTINGS__MINIMUM_PUBLIC_HOURS_PER_WEEK:
			case PerennePackage.SPACE_PLAN_SETTINGS__RESULT_WEIGHT:
			case PerennePackage.SPACE_PLAN_SETTINGS__PUBLIC_HOURS_WEIGHT:
			case PerennePackage.SPACE_PLAN_SETTINGS__BENEFICIARIES_WEIGHT:
			case PerennePackage.SPACE_PLAN_SETTINGS__SOLIDARITY_WEIGHT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return PerenneEditPlugin.INSTANCE;
	}

}
