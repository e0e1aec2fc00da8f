/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.perenne.model.PerennePackage;
import org.perenne.model.ReimbursementGrant;

/**
 * This is the item provider adapter for a {@link org.perenne.model.ReimbursementGrant} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ReimbursementGrantItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReimbursementGrantItemProvider(AdapterFactory adapterFactory) {
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

			addFunderPropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addRatePropertyDescriptor(object);
			addEligibleCostsPropertyDescriptor(object);
			addProgrammeStartMonthPropertyDescriptor(object);
			addProgrammeEndMonthPropertyDescriptor(object);
			addCapPropertyDescriptor(object);
			addClaimEveryMonthsPropertyDescriptor(object);
			addDelayMonthsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Funder feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFunderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReimbursementGrant_funder_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReimbursementGrant_funder_feature", "_UI_ReimbursementGrant_type"),
				 PerennePackage.Literals.REIMBURSEMENT_GRANT__FUNDER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReimbursementGrant_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReimbursementGrant_kind_feature", "_UI_ReimbursementGrant_type"),
				 PerennePackage.Literals.REIMBURSEMENT_GRANT__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReimbursementGrant_rate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReimbursementGrant_rate_feature", "_UI_ReimbursementGrant_type"),
				 PerennePackage.Literals.REIMBURSEMENT_GRANT__RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Eligible Costs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEligibleCostsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReimbursementGrant_eligibleCosts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReimbursementGrant_eligibleCosts_feature", "_UI_ReimbursementGrant_type"),
				 PerennePackage.Literals.REIMBURSEMENT_GRANT__ELIGIBLE_COSTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Programme Start Month feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProgrammeStartMonthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReimbursementGrant_programmeStartMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReimbursementGrant_programmeStartMonth_feature", "_UI_ReimbursementGrant_type"),
				 PerennePackage.Literals.REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Programme End Month feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProgrammeEndMonthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReimbursementGrant_programmeEndMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReimbursementGrant_programmeEndMonth_feature", "_UI_ReimbursementGrant_type"),
				 PerennePackage.Literals.REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cap feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCapPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReimbursementGrant_cap_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReimbursementGrant_cap_feature", "_UI_ReimbursementGrant_type"),
				 PerennePackage.Literals.REIMBURSEMENT_GRANT__CAP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Claim Every Months feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClaimEveryMonthsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReimbursementGrant_claimEveryMonths_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReimbursementGrant_claimEveryMonths_feature", "_UI_ReimbursementGrant_type"),
				 PerennePackage.Literals.REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Delay Months feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDelayMonthsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReimbursementGrant_delayMonths_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReimbursementGrant_delayMonths_feature", "_UI_ReimbursementGrant_type"),
				 PerennePackage.Literals.REIMBURSEMENT_GRANT__DELAY_MONTHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ReimbursementGrant.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ReimbursementGrant"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ReimbursementGrant)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ReimbursementGrant_type") :
			getString("_UI_ReimbursementGrant_type") + " " + label;
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

		switch (notification.getFeatureID(ReimbursementGrant.class)) {
			case PerennePackage.REIMBURSEMENT_GRANT__KIND:
			case PerennePackage.REIMBURSEMENT_GRANT__RATE:
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH:
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH:
			case PerennePackage.REIMBURSEMENT_GRANT__CAP:
			case PerennePackage.REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS:
			case PerennePackage.REIMBURSEMENT_GRANT__DELAY_MONTHS:
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

}
